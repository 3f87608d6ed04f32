// The pipeline's options, declared once (name, type, default, range, help): the CLI parses and
// validates from this table, --help prints it, run.json records the result.
import { parseArgs } from 'node:util';

interface OptionSpec {
  type: 'string' | 'integer' | 'number' | 'boolean';
  default: string | number | boolean | undefined;
  help: string;
  /** Inclusive range for numbers; `exclusiveMin` for values that must be strictly positive. */
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  choices?: readonly string[];
  /** Shown in --help instead of the type. */
  valueName?: string;
}

export const OPTION_SPECS = {
  out: { type: 'string', default: 'output', help: 'folder the reports are written to (replaced atomically)', valueName: 'DIR' },
} as const satisfies Record<string, OptionSpec>;

type Specs = typeof OPTION_SPECS;
type ValueOf<S extends OptionSpec> = S['type'] extends 'string'
  ? S['default'] extends string ? string : string | undefined
  : S['type'] extends 'boolean' ? boolean : number;
export type PipelineOptions = { -readonly [K in keyof Specs]: ValueOf<Specs[K]> };

export const DEFAULT_OPTIONS = Object.fromEntries(
  Object.entries(OPTION_SPECS).map(([name, spec]) => [name, spec.default]),
) as PipelineOptions;

export const DEFAULT_INPUTS = ['seeds'];

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'run'; paths: string[]; options: PipelineOptions }
  | { kind: 'usage-error'; message: string };

/** Command-line words → inputs and validated options, or a message saying what is wrong. */
export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(
          (Object.entries(OPTION_SPECS) as [string, OptionSpec][]).map(([name, spec]) => [
            name,
            { type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const) },
          ]),
        ),
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (parsed.values.help) return { kind: 'help' };

  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [string, OptionSpec][]) {
    const raw = (parsed.values as Record<string, string | boolean | undefined>)[name];
    if (raw === undefined) continue;
    try {
      options[name] = convert(name, spec, raw as string | boolean);
    } catch (error) {
      if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
      throw error;
    }
  }
  return {
    kind: 'run',
    paths: parsed.positionals.length ? parsed.positionals : DEFAULT_INPUTS,
    options: options as PipelineOptions,
  };
}

class UsageError extends Error {}

function convert(name: string, spec: OptionSpec, raw: string | boolean): string | number | boolean {
  if (spec.type === 'boolean' || typeof raw === 'boolean') return raw;
  if (spec.type === 'string') {
    if (raw === '') throw new UsageError(`--${name} needs a value`);
    if (spec.choices && !spec.choices.includes(raw)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')} (got "${raw}")`);
    return raw;
  }
  const value = Number(raw);
  const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
  if (raw.trim() === '' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${kind} (got "${raw}")`);
  }
  const tooLow = spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min);
  if (tooLow || (spec.max !== undefined && value > spec.max)) {
    throw new UsageError(`--${name} must be ${kind} ${describeRange(spec)} (got ${raw})`);
  }
  return value;
}

function describeRange(spec: OptionSpec): string {
  const low = spec.min === undefined ? '' : spec.exclusiveMin ? `greater than ${spec.min}` : `at least ${spec.min}`;
  const high = spec.max === undefined ? '' : `at most ${spec.max}`;
  return [low, high].filter(Boolean).join(' and ');
}

export function helpText(): string {
  const lines = [
    'Usage: npm run pipeline -- [paths…] [options]',
    '',
    'Reads paper listings (profile pages, listing pages, CSV and JSON tables) from files or',
    `folders (recursively; default: ${DEFAULT_INPUTS.join(' ')}), merges them into one corpus and writes`,
    'CSV reports, a view bundle and run.json.',
    '',
    'Options:',
    '  -h, --help'.padEnd(30) + 'show this help',
  ];
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [string, OptionSpec][]) {
    const value = spec.type === 'boolean' ? '' : ` ${spec.valueName ?? (spec.choices ? spec.choices.join('|') : spec.type.toUpperCase())}`;
    const range = spec.type === 'integer' || spec.type === 'number' ? describeRange(spec) : '';
    const dflt = spec.default === undefined ? '' : ` [default: ${spec.default}]`;
    lines.push(`  --${name}${value}`.padEnd(30) + spec.help + (range ? ` (${range})` : '') + dflt);
  }
  lines.push('', 'Exit codes: 0 success, 1 the run failed (previous output kept), 2 bad usage.');
  return lines.join('\n');
}
