// Serves dist/ with `astro preview` on a free-standing port for the scripts, and stops it afterwards.
import { spawn } from 'node:child_process';
import { astroBin, astroEnv, ROOT } from './astroCli.ts';

export interface PreviewServer {
	origin: string;
	stop(): void;
}

export async function startPreview(port: number, root = ROOT): Promise<PreviewServer> {
	const child = spawn(process.execPath, [astroBin(), 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
		cwd: root,
		env: astroEnv(),
		stdio: 'ignore',
	});
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill() };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	child.kill();
	throw new Error(`astro preview did not answer on ${origin} within 30 s (is dist/ built?)`);
}
