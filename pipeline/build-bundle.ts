/**
 * `make build` (run by `make data`): the pipeline compiled into one ES module,
 * build/cybercoop.mjs, so a run starts in well under a second instead of
 * compiling every TypeScript file first. esbuild only strips the types and
 * joins the modules; the dependencies stay in node_modules.
 *
 * The modules find their data files (dictionaries, the codebook,
 * package.json) from their own location (`import.meta.url`): in the bundle
 * each module's `import.meta.url` is rewritten to its source file's address,
 * so they read the same files from the same places. The bundle must stay
 * inside the project, where node_modules resolves.
 */
import { build, type Plugin } from 'esbuild';
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = path.join(ROOT, 'build', 'cybercoop.mjs');

const sourceUrls = (outfile: string): Plugin => ({
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const relative = path.relative(path.dirname(outfile), args.path).split(path.sep).join('/');
      // The bundle's own address, then the source file's address relative to it: the same on every machine and checkout.
      const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: text.replace(/import\.meta\.url/g, url), loader: 'ts' };
    });
  },
});

/** The bundle's other files, loaded when a run needs them: named after it, beside it. */
const chunkName = (outfile: string) => `${path.basename(outfile, '.mjs')}-chunk-`;

export async function buildBundle(outfile = BUNDLE): Promise<void> {
  const dir = path.dirname(outfile);
  // Chunks of an earlier build (their names hash their content) would pile up: only files of that exact form are removed.
  const prefix = chunkName(outfile);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && /^[A-Z0-9]{8}\.mjs$/.test(name.slice(prefix.length))) await unlink(path.join(dir, name));
  }
  await build({
    entryPoints: { [path.basename(outfile, '.mjs')]: path.join(ROOT, 'pipeline', 'main.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    // Split at the dynamic imports, so that --help, --version and an unchanged rerun load neither the stages nor their
    // dependencies; the chunks sit beside the entry, so each module's address relative to the bundle holds in all of them.
    splitting: true,
    chunkNames: `${prefix}[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { 'process.env.CYBERCOOP_BUNDLE': '"1"' },
    plugins: [sourceUrls(outfile)],
    logLevel: 'warning',
    legalComments: 'none',
    banner: { js: '// cybercoop, compiled from pipeline/ by `make build` (pipeline/build-bundle.ts); do not edit.' },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBundle();
  process.stderr.write(`built ${path.relative(process.cwd(), BUNDLE)}\n`);
}
