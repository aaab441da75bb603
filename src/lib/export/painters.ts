/**
 * The export's registry of canvas layers. A chart drawn on a canvas (the dense scatter's points)
 * registers how to paint itself; the export finds the canvas in the figure and asks it to paint
 * again, in the export's theme, onto the image. Kept apart from the rest of the export code so that
 * a chart can register without loading it.
 */

/**
 * Draws a canvas layer on another canvas, at that canvas's current transform (the layer's top-left
 * corner and scale). With `onto`, the layer blends into what that canvas already holds there, which
 * must be opaque (an export's picture); else it clears its area and draws afresh.
 */
export type LayerDraw = (ctx: CanvasRenderingContext2D, onto: boolean) => void;

/**
 * Canvas layers and how they paint themselves for an export. Called while the export's theme is
 * applied, a painter reads its colours then, and returns the drawing, to be done on any canvas.
 */
export const canvasPainters = new WeakMap<HTMLCanvasElement, () => LayerDraw>();
