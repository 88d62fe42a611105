// Binds this project to an Apps Script project: `npm run setup` creates a new spreadsheet with a bound
// script (clasp create); `npm run setup -- --script-id <id>` writes .clasp.json for an existing script.
// A bound script belongs to that one spreadsheet, and its menu carries the project's name (Extensions ▸ name):
// the project is created as "SCA Tracker"; an existing one made from the spreadsheet is "Untitled project" until renamed.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const TITLE = 'SCA Tracker';
const NEXT =
  'Next: turn on "Google Apps Script API" in your Apps Script user settings (Apps Script home ▸ Settings) — ' +
  'clasp push is refused without it — then run npm run deploy.';
const args = process.argv.slice(2);
const idFlag = args.indexOf('--script-id');
const config = JSON.parse(readFileSync('.clasp.json', 'utf8'));

if (idFlag >= 0) {
  const scriptId = args[idFlag + 1];
  if (!scriptId || !/^[A-Za-z0-9_-]{20,}$/.test(scriptId)) {
    console.error('Give the Script ID from Extensions ▸ Apps Script ▸ Project settings: npm run setup -- --script-id <id>');
    process.exit(1);
  }
  writeFileSync('.clasp.json', `${JSON.stringify({ ...config, scriptId, rootDir: 'dist' }, null, 2)}\n`);
  console.log(`.clasp.json now points at script ${scriptId}, bound to its spreadsheet.`);
  console.log(
    `Its menu shows under the project's name: if the Apps Script editor shows "Untitled project", click that title and rename it "${TITLE}".`,
  );
  console.log(NEXT);
} else {
  // clasp refuses to create while .clasp.json exists; it writes a new one holding the created scriptId.
  renameSync('.clasp.json', '.clasp.json.bak');
  try {
    execFileSync('npx', ['clasp', 'create', '--type', 'sheets', '--title', TITLE, '--rootDir', 'dist'], {
      stdio: 'inherit',
    });
    rmSync('.clasp.json.bak');
  } catch (error) {
    renameSync('.clasp.json.bak', '.clasp.json');
    throw error;
  }
  console.log(`Created the spreadsheet "${TITLE}" with a bound script "${TITLE}" (menu: Extensions ▸ ${TITLE}), for this one spreadsheet.`);
  console.log(NEXT);
}
