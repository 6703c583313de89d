// Types for tokens/lib/contrast.mjs (plain ESM, no declarations of its own): the foundations
// pages compute contrast with the very functions the token tests use.
declare module '*/tokens/lib/contrast.mjs' {
  export interface ContrastPair {
    foreground: string | string[];
    background: string;
    kind: string;
  }
  export interface CheckedPair extends ContrastPair {
    ratio: number;
    minimum: number;
    pass: boolean;
  }
  export const MINIMUM: Record<string, number>;
  export function parseHex(color: string): [number, number, number];
  export function luminance(color: string): number;
  export function contrast(a: string, b: string): number;
  export function checkPairs(
    values: Record<string, string>,
    pairs: ContrastPair[],
    stricter?: Record<string, number>,
  ): CheckedPair[];
  export function describe(pair: CheckedPair): string;
}
