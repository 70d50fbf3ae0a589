/*
 * A worker thread starts without the TypeScript loader of the tsx process that created it (Node 20
 * does not pass loader hooks on to workers), so each card worker starts here and loads the
 * TypeScript worker through tsx's own API, which also applies the project's tsconfig (JSX, "@/").
 */
import { tsImport } from 'tsx/esm/api';

await tsImport('./draw-worker.tsx', import.meta.url);
