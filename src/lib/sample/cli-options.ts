/** What the generate-sample command was asked to do. */
export interface SampleCommand {
  /** 'sample': the committed 7-LAO sample; 'national' / 'province': registry-based datasets. */
  scale: 'sample' | 'national' | 'province';
  outDir: string | null;
  laos?: number;
  years?: number;
  seed?: number;
}

/** Usage text of scripts/generate-sample.ts. */
export const USAGE = `Usage: node scripts/generate-sample.ts [options]

  (no options)               write the default 7-LAO sample into data/sample/ (replacing it)
  --scale national           all 7,850 LAOs, fiscal years 2564–2568 (needs --out)
  --scale province           about 200 LAOs of นครสวรรค์ and อุทัยธานี (needs --out)
  --laos N                   N LAOs with the national type mix (implies --scale national)
  --years K                  K fiscal years ending with 2568 (default 5; not for the default sample)
  --seed S                   another seed (default 2568 for the sample, 20250101 otherwise)
  --out DIR                  output folder (created; old *.csv and README.md in it are replaced)
  --help                     this text`;

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
  return n;
}

/** Parses argv (without node and the script); throws an Error with a readable message. */
export function parseSampleCommand(argv: readonly string[]): SampleCommand | 'help' {
  let scale: SampleCommand['scale'] | undefined;
  const command: SampleCommand = { scale: 'sample', outDir: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--scale':
        if (value !== 'sample' && value !== 'national' && value !== 'province') throw new Error('--scale must be sample, national or province');
        scale = value;
        i++;
        break;
      case '--out':
        if (!value) throw new Error('--out needs a folder');
        command.outDir = value;
        i++;
        break;
      case '--laos':
        command.laos = positiveInt(flag, value);
        i++;
        break;
      case '--years':
        command.years = positiveInt(flag, value);
        if (command.years > 5) throw new Error('--years can be at most 5 (fiscal years 2564–2568)');
        i++;
        break;
      case '--seed':
        command.seed = positiveInt(flag, value);
        i++;
        break;
      default:
        throw new Error(`Unknown option ${flag}`);
    }
  }
  command.scale = scale ?? (command.laos !== undefined || command.years !== undefined ? 'national' : 'sample');
  if (command.scale === 'sample' && (command.laos !== undefined || command.years !== undefined)) {
    throw new Error('The default sample has a fixed set of 7 LAOs and 2 years; use --scale national or province with --laos / --years');
  }
  if (command.scale !== 'sample' && command.outDir === null) throw new Error(`--scale ${command.scale} needs --out DIR (data/sample/ holds only the default sample)`);
  return command;
}
