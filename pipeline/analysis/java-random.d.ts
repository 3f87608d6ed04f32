// java-random ships no typings; networkanalysis-ts takes its generator for every random choice.
declare module 'java-random' {
  export default class JavaRandom {
    constructor(seed?: number);
    nextDouble(): number;
    nextInt(bound?: number): number;
  }
}
