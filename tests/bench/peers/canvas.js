// The floor: hand-written canvas, no library. Same marks, same dimming, nothing else.
import { start, STRENGTH_SHADE } from './common.js';

let ctx;
const W = 960;
const H = 440;
function setup(el, w, h) {
	const c = document.createElement('canvas');
	c.width = w * devicePixelRatio;
	c.height = h * devicePixelRatio;
	c.style.width = `${w}px`;
	c.style.height = `${h}px`;
	el.appendChild(c);
	const g = c.getContext('2d');
	g.scale(devicePixelRatio, devicePixelRatio);
	return g;
}
let sg, hg;
start({
	init(c) {
		ctx = c;
		const g = c.roles.map((r) => r.growth);
		const s = c.roles.map((r) => r.salary);
		ctx.x = [Math.min(0, ...g), Math.max(...g)];
		ctx.y = [Math.min(...s), Math.max(...s)];
		sg = setup(c.scatterEl, W, H);
		hg = setup(c.heatEl, W, 140 + c.heatRows.length * 22);
	},
	update(matching) {
		const { roles, skills, heatRows, x, y } = ctx;
		const px = (v) => 60 + ((v - x[0]) / (x[1] - x[0] || 1)) * (W - 80);
		const py = (v) => H - 40 - ((v - y[0]) / (y[1] - y[0] || 1)) * (H - 60);
		const r = roles.length > 300 ? 2 : 6;
		sg.clearRect(0, 0, W, H);
		for (const pass of [true, false]) {
			sg.fillStyle = pass ? 'rgba(200,203,210,0.35)' : 'rgba(0,114,178,0.8)';
			sg.beginPath();
			for (const d of roles) {
				const dimmed = matching && !matching.has(d.id);
				if (!!dimmed !== pass) continue;
				sg.moveTo(px(d.growth) + r, py(d.salary));
				sg.arc(px(d.growth), py(d.salary), r, 0, Math.PI * 2);
			}
			sg.fill();
		}
		hg.clearRect(0, 0, W, 140 + heatRows.length * 22);
		const cw = (W - 240) / skills.length;
		heatRows.forEach((row, i) => {
			hg.globalAlpha = matching && !matching.has(row.id) ? 0.28 : 1;
			skills.forEach((s, j) => {
				hg.fillStyle = STRENGTH_SHADE[row.skills.get(s.id)] ?? '#fff';
				hg.fillRect(220 + j * cw, 120 + i * 22, cw - 2, 20);
			});
		});
		hg.globalAlpha = 1;
	},
	exportPng() {
		return new Promise((res) => sg.canvas.toBlob(res, 'image/png'));
	}
});
