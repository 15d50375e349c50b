// WebKit (WebKitGTK from Debian, the engine of Safari): WebKitWebDriver starts MiniBrowser on an Xvfb display
// (MiniBrowser has no headless mode), and selenium-webdriver drives it over W3C WebDriver.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { Builder, By, Key as SeleniumKey } from 'selenium-webdriver';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from '../../../scripts/lib/engines';
import { scrollToCentre, WAIT_MS, type Engine, type Key } from './engine';

const KEYS: Record<Key, string> = { Tab: SeleniumKey.TAB, ArrowDown: SeleniumKey.ARROW_DOWN, ArrowUp: SeleniumKey.ARROW_UP, Space: SeleniumKey.SPACE, Enter: SeleniumKey.ENTER };

/** A port no one listens on now, from the operating system. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Resolves once the WebDriver server at `url` answers its status; fails after WAIT_MS. */
async function driverReady(url: string): Promise<void> {
	const deadline = Date.now() + WAIT_MS;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`WebKitWebDriver did not answer on ${url} within ${WAIT_MS / 1000} s`);
}

export async function launchWebKit(origin: string): Promise<Engine> {
	const port = await freePort();
	// Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browser together.
	const server = spawn(XVFB_RUN_PATH, ['--auto-servernum', WEBKIT_DRIVER_PATH, `--port=${port}`], { stdio: 'ignore', detached: true });
	const stopServer = () => {
		if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
	};
	try {
		const url = `http://127.0.0.1:${port}`;
		await driverReady(url);
		const driver = await new Builder()
			.usingServer(url)
			.withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] } })
			.build();
		await driver.manage().window().setRect({ width: 1280, height: 800 });
		const version = String((await driver.getCapabilities()).get('browserVersion'));
		return {
			name: `WebKitGTK ${version}`,
			goto: (path) => driver.get(new URL(path, origin).href),
			// WebDriver returns null for undefined; journeys compare values, not undefined with null.
			evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
			click: async (selector) => {
				await driver.executeScript(scrollToCentre, selector);
				await driver.findElement(By.css(selector)).click();
			},
			type: async (selector, text) => {
				await driver.findElement(By.css(selector)).sendKeys(text);
			},
			press: (...keys) => driver.actions().sendKeys(...keys.map((key) => KEYS[key])).perform(),
			clientProblems: () => [],
			close: async () => {
				try {
					await driver.quit();
				} finally {
					stopServer();
				}
			},
		};
	} catch (error) {
		stopServer();
		throw error;
	}
}
