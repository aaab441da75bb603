// Shared by the peer pages: loads the same dataset file the app was built on, builds the same skill
// filter (checkboxes named `skills`, "any of"), and hands each renderer the roles and the set of
// matching ids. Renderers draw the same two charts as the app: the salary-vs-growth scatter (all
// roles, non-matching dimmed) and the skill heatmap (the app's first page: 40 rows by pay).
export async function start(renderer) {
	const data = await (await fetch('../data.json')).json();
	const roles = data.roles.map((r) => ({
		id: r.id,
		title: r.title,
		salary: r.salary.median,
		growth: r.growth.percent,
		skills: new Map(r.requirements.map((q) => [q.skill, q.strength]))
	}));
	const skills = data.skills;
	const heatRows = [...roles]
		.sort((a, b) => b.salary - a.salary || a.title.localeCompare(b.title))
		.slice(0, 40);
	const form = document.getElementById('filter');
	for (const s of skills) {
		const label = document.createElement('label');
		label.innerHTML = `<input type="checkbox" name="skills" value="${s.id}"> ${s.label}`;
		form.appendChild(label);
	}
	const chosen = new Set();
	const matching = () =>
		chosen.size
			? new Set(roles.filter((r) => [...chosen].some((s) => r.skills.has(s))).map((r) => r.id))
			: null;
	const scatterEl = document.getElementById('scatter');
	const heatEl = document.getElementById('heatmap');
	await renderer.init({ roles, skills, heatRows, scatterEl, heatEl });
	await renderer.update(matching());
	document.body.dataset.benchPainted = '1';
	form.addEventListener('change', async (e) => {
		const t = e.target;
		if (t.checked) chosen.add(t.value);
		else chosen.delete(t.value);
		await renderer.update(matching());
	});
	window.__bench = { exportPng: () => renderer.exportPng() };
}

/** Renders an SVG element to a PNG blob at 2×, the way the app's export does. */
export async function svgToPng(svg, width, height) {
	const text = new XMLSerializer().serializeToString(svg);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	const img = new Image();
	img.src = url;
	await img.decode();
	const c = document.createElement('canvas');
	c.width = width * 2;
	c.height = height * 2;
	const ctx = c.getContext('2d');
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, c.width, c.height);
	ctx.drawImage(img, 0, 0, c.width, c.height);
	URL.revokeObjectURL(url);
	return new Promise((r) => c.toBlob(r, 'image/png'));
}

export const STRENGTH_SHADE = {
	essential: '#08457e',
	expected: '#3574b3',
	familiarity: '#a9cbe8',
	beneficial: '#e2edf7'
};
