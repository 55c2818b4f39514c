/**
 * The layers, innermost first; imports point down only (docs/architecture.md):
 *   src/clinical  case model, knowledge, language, calculators: imports nothing outside itself
 *   machines      the pathway statechart: src/clinical and xstate
 *   dialogs       the pure turn core: machines and src/clinical; no SDK, no node:*
 *   src/storage   the storage port and every store
 *   src/teams     the only botbuilder code
 *   src/host      config, server, runner, logging: wires everything
 * tab/ (the personal tab) reads src/clinical and the machine's diagram; scripts/ may read anything but test/.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles, type-only ones included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'clinical-is-innermost',
      severity: 'error',
      comment: 'src/clinical imports nothing outside itself (npm packages it needs: zod, fuse.js, minisearch).',
      from: { path: '^src/clinical/' },
      to: { pathNot: ['^src/clinical/', '^node_modules/(zod|fuse\\.js|minisearch)/'] },
    },
    {
      name: 'machines-import-clinical-and-xstate',
      severity: 'error',
      from: { path: '^machines/' },
      to: { pathNot: ['^machines/', '^src/clinical/', '^node_modules/(xstate|zod)/'] },
    },
    {
      name: 'dialogs-are-pure',
      severity: 'error',
      comment: 'The turn core imports machines and src/clinical only: never botbuilder, restify, Azure or node:*.',
      from: { path: '^dialogs/' },
      to: {
        pathNot: ['^dialogs/', '^machines/', '^src/clinical/', '^node_modules/(xstate|zod|fuse\\.js|minisearch)/'],
      },
    },
    {
      name: 'storage-below-teams-and-host',
      severity: 'error',
      comment: 'The stores know records and eTags, nothing of the case or the channel.',
      from: { path: '^src/storage/' },
      to: { path: '^(src/(teams|host|runtime|clinical)|dialogs|machines)/' },
    },
    {
      name: 'teams-below-host',
      severity: 'error',
      from: { path: '^src/teams/' },
      to: { path: '^src/host/' },
    },
    {
      name: 'botbuilder-only-in-teams',
      severity: 'error',
      comment: 'Moving to the Microsoft 365 Agents SDK stays a one-folder change.',
      from: { pathNot: '^(src/teams/|test/)' },
      to: { path: '^node_modules/(botbuilder|botbuilder-[a-z-]+|botframework-[a-z-]+)/' },
    },
    {
      name: 'azure-only-in-storage',
      severity: 'error',
      from: { pathNot: '^(src/storage/|test/)' },
      to: { path: '^node_modules/@azure/' },
    },
    {
      name: 'restify-only-in-host',
      severity: 'error',
      from: { pathNot: '^(src/host/|test/|scripts/)' },
      to: { path: '^node_modules/restify/' },
    },
    {
      name: 'tab-reads-clinical-and-diagram',
      severity: 'error',
      from: { path: '^tab/' },
      to: { pathNot: ['^tab/', '^src/clinical/', '^machines/', '^node_modules/'] },
    },
    {
      name: 'scripts-never-import-tests',
      severity: 'error',
      from: { path: '^(scripts|src|dialogs|machines|tab)/' },
      to: { path: '^test/' },
    },
    {
      name: 'runtime-below-teams-and-host',
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^src/(teams|host)/' },
    },
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 publishes its API under package exports (typescript/unstable/*).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '^(build|dist|coverage)/' },
  },
};
