/**
 * <site-search> (SiteSearch.astro): searches this language's Pagefind index as the reader types or submits, keeps the
 * query in the address (?q=, so a search from the header form, a bookmark or the back button shows the same results)
 * and lists the matching pages. Pagefind's script and index load on the first search only.
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { MAX_RESULTS, normaliseQuery, searchHit, searchStatus, type ExcerptPart, type PagefindResultData, type SearchHit } from '@/lib/search/results';
import type { Translate } from '@/lib/i18n/translator';

/** The part of Pagefind's JavaScript API (pagefind.js) the page calls. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
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

	connectedCallback() {
		const t = islandTranslator(this);
		const { form, input, status, results } = parts(this, { form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, results: HTMLOListElement });
		const indexUrl = this.dataset['index'] ?? '/pagefind/pagefind.js';

		const show = async (raw: string) => {
			const query = normaliseQuery(raw);
			const run = ++this.#latest;
			const address = new URL(location.href);
			if (query === '') address.searchParams.delete('q');
			else address.searchParams.set('q', query);
			history.replaceState(history.state, '', address);
			if (query === '') {
				results.replaceChildren();
				status.textContent = searchStatus('', 0, t);
				return;
			}
			results.setAttribute('aria-busy', 'true');
			try {
				const pagefind = await this.#load(indexUrl);
				const found = await pagefind.search(query);
				const hits = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map(async (result) => searchHit(await result.data())));
				if (run !== this.#latest) return;
				results.replaceChildren(...hits.map((hit) => resultItem(hit, t)));
				// The status region announces the count politely; set only when it says something new.
				const text = searchStatus(query, found?.results.length ?? 0, t);
				if (status.textContent !== text) status.textContent = text;
			} catch (error) {
				if (run !== this.#latest) return;
				results.replaceChildren();
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

defineIsland('site-search', SiteSearch);
