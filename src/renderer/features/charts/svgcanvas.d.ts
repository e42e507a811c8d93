// svgcanvas ships no types; this is the part of its API the chart export uses.
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number; height: number; ctx?: CanvasRenderingContext2D; document?: Document });
    width: number;
    height: number;
    canvas: Context;
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}
