// The floors of core, bottom to top, and the lint rules that keep every import pointing down.
// Read by eslint.config.js (so `npm run lint` fails on an upward import) and by
// test/architecture/ (which proves the rule bites and that core's import graph has no cycle).
// docs/architecture.md explains each floor.

/** Folders of core, floor by floor. A folder may import its own floor (no cycle) and the floors below. */
export const CORE_FLOORS = [
  ['model'],
  ['contract'],
  ['values', 'seal', 'metrics', 'port', 'sample'],
  ['ladder', 'import', 'actuals', 'merge', 'codec'],
  ['usecases', 'functions'],
  ['service'],
  ['selftest'],
];

/** Folders outside core that reach it only through its one door, core/index.ts. */
export const OUTSIDE_CORE = [
  'ui',
  'io',
  'cli',
  'bin',
  'excel-addin',
  'sheets-addon',
  'playground',
  'build',
  'bench',
  'scripts',
];

/** An import specifier that names a folder of core by its path relative to a file in core. */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})/`;

/** The core's index is for the outside; a file of core importing it would make a cycle. */
const CORE_INDEX = {
  regex: '^(\\.\\./)+index\\.js$',
  message: 'Inside core, import the module itself, not core/index.ts.',
};

/** ESLint config blocks: one `no-restricted-imports` rule per floor of core, and one door for the rest. */
export function floorRules() {
  const blocks = CORE_FLOORS.map((floor, level) => {
    const above = CORE_FLOORS.slice(level + 1).flat();
    const patterns = [CORE_INDEX];
    if (above.length > 0)
      patterns.push({
        regex: into(above),
        message: `core/${floor.join(', core/')} on floor ${level} of core import only from ${CORE_FLOORS.slice(
          0,
          level + 1,
        )
          .map((f) => f.join('/'))
          .join(' ← ')}, never from ${above.join(', ')}: move the shared piece down (docs/architecture.md).`,
      });
    return {
      files: floor.map((folder) => `core/${folder}/**/*.{ts,tsx}`),
      rules: { 'no-restricted-imports': ['error', { patterns: [...HOST_FREE, ...patterns] }] },
    };
  });
  const door = {
    regex: '^(\\.{1,2}/)+core/(?!index\\.js$)',
    message: 'Import core through its one door, core/index.js (docs/architecture.md).',
  };
  blocks.push({
    files: [...OUTSIDE_CORE.map((folder) => `${folder}/**/*.{ts,tsx,js,mjs}`), '*.{ts,js}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [door] }],
      'no-restricted-syntax': [
        'error',
        {
          // esquery's regex literal cannot hold a slash: \x2F stands for one.
          selector: `ImportExpression[source.value=/${door.regex.replaceAll('/', '\\x2F')}/]`,
          message: door.message,
        },
      ],
    },
  });
  return blocks;
}

/** The core runs unchanged in browsers, Node and Apps Script: no host, DOM or Node module. */
export const HOST_FREE = [
  {
    group: ['node:*', 'fs', 'path', 'react', 'react-dom', '@fluentui/*', 'exceljs', '@e965/xlsx'],
    message: 'core/ imports no host, DOM or Node API.',
  },
];
