// What a program running the pipeline in its own process needs (the bench), as one module: the
// prebuilt bundle of it (scripts/build-pipeline.mjs) loads as one file.
export { runPipeline, type RunSummary, type StageEvent } from './run';
export { DEFAULT_OPTIONS, OPTION_SPECS, type PipelineOptions } from './options';
