/**
 * Everything an export needs, as one module the page loads after it has started (the export
 * buttons import it), so none of it weighs on the first paint.
 */
export { captureChart } from './capture';
export { composeExportSvg, layoutExport } from './compose';
export { toCsv } from './csv';
export { exportFileName } from './filename';
export { downloadBlob, svgToPng } from './png';
