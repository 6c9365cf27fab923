import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'src', 'generated', 'data');

/** Serves every file the pipeline wrote under /data/, for download. */
export const getStaticPaths: GetStaticPaths = () => readdirSync(dir).sort().map((file) => ({ params: { file } }));

/** The file's bytes, unchanged. */
export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(dir, String(params.file))));
