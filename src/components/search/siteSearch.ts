/**
 * <oip-site-search> (SiteSearch.astro): searches this language's Pagefind index as the reader types or submits, keeps the
 * query in the address (?q=, so a search from the header form, a bookmark or the back button shows the same results)
 * and lists the matching pages. Pagefind's script and index load on the first search only.
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { moreLabel, normaliseQuery, RESULTS_PER_STEP, searchHit, searchStatus, type ExcerptPart, type PagefindResultData, type SearchHit } from '@/lib/search/results';
import type { Translate } from '@/lib/i18n/translator';

/** One result of a Pagefind search: its data (title, excerpt, sections) loads on request. */
interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's JavaScript API (pagefind.js) the page calls. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Typing pauses this long before a search starts (Enter searches at once). */
const TYPING_PAUSE_MS = 250;

function isPagefind(module: unknown): module is Pagefind {
	return typeof module === 'object' && module !== null && 'search' in module && typeof module.search === 'function' && 'options' in module;
}

/** An excerpt's runs as text nodes and <mark> elements: no HTML is parsed. */
function excerptNode(parts: readonly ExcerptPart[]): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	for (const { text, mark } of parts) {
		if (!mark) paragraph.append(text);
		else paragraph.append(Object.assign(document.createElement('mark'), { textContent: text }));
	}
	return paragraph;
}

function resultItem(hit: SearchHit, t: Translate): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	heading.append(Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title }));
	item.append(heading);
	// The page's own excerpt only when no section is listed: it is then, nearly always, the first section's again.
	if (hit.sections.length === 0) item.append(excerptNode(hit.excerpt));
	else {
		const list = document.createElement('ul');
		list.className = 'search-sections';
		list.setAttribute('aria-label', t('search.sections', { title: hit.title }));
		for (const section of hit.sections) {
			const entry = document.createElement('li');
			entry.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }), excerptNode(section.excerpt));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

class SiteSearch extends Island {
	#pagefind: Promise<Pagefind> | undefined;
	/** Increases with every search started, so the answer to an older, slower query never replaces a newer one. */
	#latest = 0;
	/** The current query's results, and how many of them are drawn. */
	#found: { results: readonly PagefindResult[]; shown: number } = { results: [], shown: 0 };

	connectedCallback() {
		const t = islandTranslator(this);
		const { form, input, status, results, more } = parts(this, {
			form: HTMLFormElement,
			input: HTMLInputElement,
			status: HTMLElement,
			results: HTMLOListElement,
			more: HTMLButtonElement,
		});
		const indexUrl = this.dataset['index'] ?? '/pagefind/pagefind.js';

		/** Draws the next few results of search `run`; returns their items (none if a newer search has started). */
		const drawMore = async (run: number): Promise<HTMLLIElement[]> => {
			const found = this.#found;
			const next = found.results.slice(found.shown, found.shown + RESULTS_PER_STEP);
			const hits = await Promise.all(next.map(async (result) => searchHit(await result.data())));
			if (run !== this.#latest) return [];
			const items = hits.map((hit) => resultItem(hit, t));
			results.append(...items);
			found.shown += items.length;
			more.hidden = found.shown >= found.results.length;
			more.textContent = moreLabel(found.results.length, found.shown, t);
			return items;
		};

		const show = async (raw: string) => {
			const query = normaliseQuery(raw);
			const run = ++this.#latest;
			const address = new URL(location.href);
			if (query === '') address.searchParams.delete('q');
			else address.searchParams.set('q', query);
			history.replaceState(history.state, '', address);
			if (query === '') {
				this.#found = { results: [], shown: 0 };
				results.replaceChildren();
				more.hidden = true;
				status.textContent = searchStatus('', 0, t);
				return;
			}
			results.setAttribute('aria-busy', 'true');
			try {
				const pagefind = await this.#load(indexUrl);
				const found = await pagefind.search(query);
				if (run !== this.#latest) return;
				this.#found = { results: found?.results ?? [], shown: 0 };
				results.replaceChildren();
				await drawMore(run);
				if (run !== this.#latest) return;
				// The status region announces the count politely; set only when it says something new.
				const text = searchStatus(query, this.#found.results.length, t);
				if (status.textContent !== text) status.textContent = text;
			} catch (error) {
				if (run !== this.#latest) return;
				results.replaceChildren();
				more.hidden = true;
				status.textContent = t('search.failed');
				status.classList.add('notice-box');
				console.error(error);
			} finally {
				if (run === this.#latest) results.removeAttribute('aria-busy');
			}
		};

		let timer: ReturnType<typeof setTimeout> | undefined;
		this.onDisconnect(() => {
			clearTimeout(timer);
		});
		this.listen(form, 'submit', (event) => {
			event.preventDefault();
			clearTimeout(timer);
			void show(input.value);
		});
		this.listen(input, 'input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => void show(input.value), TYPING_PAUSE_MS);
		});
		// Pagefind's script and engine start loading when the reader heads for the box, not at the first keystroke.
		this.listen(input, 'focus', () => void this.#load(indexUrl).catch(() => undefined));
		this.listen(more, 'click', () => {
			void drawMore(this.#latest).then((items) => items[0]?.querySelector('a')?.focus());
		});

		const initial = new URLSearchParams(location.search).get('q') ?? '';
		input.value = normaliseQuery(initial);
		void show(initial);
	}

	/** Pagefind's script, loaded once; it picks the index of the page's <html lang> and searches on this page (no worker). */
	#load(url: string): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ url).then(async (module: unknown) => {
			if (!isPagefind(module)) throw new Error(`${url} is not Pagefind's search API`);
			await module.options({ noWorker: true, excerptLength: 24 });
			return module;
		});
		return this.#pagefind;
	}
}

defineIsland('oip-site-search', SiteSearch);
