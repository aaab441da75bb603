/** A picture to paint under the SVG, at a position in the image's own units. */
export interface Underlay {
	x: number;
	y: number;
	width: number;
	height: number;
	canvas: CanvasImageSource;
}

/**
 * Renders export SVG to a PNG at a given scale, on an opaque background, over any `under` layers
 * (a chart's canvas points, which sit under its axes and labels on screen too). Browser only.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number,
	background: string,
	under: readonly Underlay[] = []
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw to a canvas.');
		ctx.fillStyle = background;
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		for (const u of under)
			ctx.drawImage(u.canvas, u.x * scale, u.y * scale, u.width * scale, u.height * scale);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under a file name through the browser's download. */
export function downloadBlob(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
