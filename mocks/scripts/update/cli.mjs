// Entry of `npm run data:update`: options, the key, exit codes. Errors are printed as cause + fix, never as a
// stack trace. See --help.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { EXIT, UpdateError } from './errors.mjs';
import { KEY_SIGNUP, FIRST_MONTH } from './census.mjs';
import { runUpdate, lastMonth } from './update.mjs';

export const HELP = `npm run data:update [-- --from YYYY-MM] [--to YYYY-MM] [--dry-run] [--help]

Fetches the latest official figures and rebuilds the served data (mocks/data):
  - US Census International Trade API: HS chapters (COMM_LVL=HS2) of U.S. trade with South Korea
    (CTY_CODE=5800), month by month: exports f.a.s. (ALL_VAL_MO), general imports and imports for
    consumption, customs value (GEN_VAL_MO, CON_VAL_MO). A basis of its own, never joined with the
    UN Comtrade or USITC rows.
  - FRED fredgraph.csv (no key): EXPKR, IMPKR and the partners' series (China, Japan, Mexico, Germany,
    Canada, United Kingdom, Vietnam, India), always fetched whole.
Every answer is checked; the new data is built in a temporary folder and moved into place only when
everything succeeded. It prints what changed: months added, figures revised (old → new), chapters new.

Options:
  --from YYYY-MM   first Census month to fetch (default ${FIRST_MONTH}, the first month the API has)
  --to YYYY-MM     last Census month to fetch (default: last month, ${lastMonth(new Date())})
                   Months outside --from/--to keep the values of the previous update (.data-cache/input).
  --dry-run        fetch, check, build and report, but write nothing
  --help           this text

Environment:
  CENSUS_API_KEY   required: a Census Data API key (free, 40 characters). Get one at
                   ${KEY_SIGNUP}
                   (the key arrives by e-mail; activate it from the link in that e-mail).

Files: raw answers and the build input in .data-cache/ (ignored by git); the served data in mocks/data/.
Exit codes: 0 done, 1 an API answer or the data build failed, 2 bad option or key, 3 could not reach an API.
On any failure nothing is changed.`;

export async function main(
  argv,
  { fetchImpl = globalThis.fetch, env = process.env, log = console.log, error = console.error } = {},
) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    error(`data:update: ${e.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (values.help) {
    log(HELP);
    return EXIT.ok;
  }
  try {
    await runUpdate({
      fetch: fetchImpl,
      env,
      from: values.from,
      to: values.to,
      dryRun: values['dry-run'] ?? false,
      log,
    });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UpdateError) {
      error(`data:update failed: ${e.message}\nFix: ${e.fix}`);
      return e.exitCode;
    }
    error(
      `data:update failed unexpectedly: ${e?.message ?? e}\nNothing was changed. Please report this with the message above.`,
    );
    return EXIT.failed;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
