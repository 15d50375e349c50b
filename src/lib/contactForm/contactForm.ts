// The contact form's decisions, for the page (ContactForm.astro), its island (contactForm.ts beside it) and the build
// (the endpoint in the CSP, csp.ts): which addresses may receive it, what a message must hold, the body it posts and
// what the service's answer means for the reader. Its own folder, not src/lib/cta/: that folder's modules go into the
// chunk the calculator and the builder load too (astro.config.mjs), and only a firm with a form needs this code.

/** The form's field names: what the plain no-JavaScript post and the script's post both send. */
export const FORM_FIELDS = { name: 'name', email: 'email', message: 'message' } as const;

/** Whether `name` is one of the fields the form posts (the honeypot must be another): its own or a campaign's. */
export function isFormField(name: string): boolean {
	return (Object.values(FORM_FIELDS) as string[]).includes(name) || name.toLowerCase().startsWith('utm_');
}

/** Honeypot field name when the configuration names none: the one Formspree, Basin and Getform drop as spam. */
export const DEFAULT_HONEYPOT = '_gotcha';

/** Longest name and message the form accepts (characters), in the markup's `maxlength` and in the check. */
export const MAX_LENGTH = { name: 200, email: 254, message: 10_000 } as const;

/**
 * Whether `value` is an address the form may post to: an absolute https:// URL with no user name or password (a form
 * service), or a path on this site (`/api/contact`, starting with one slash, not `//`, which would name another host).
 */
export function isFormEndpoint(value: string): boolean {
	if (/^\/(?!\/)/.test(value)) return !/[\s\\]/.test(value);
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}

/** The fields a reader fills in. */
export interface ContactFields {
	name: string;
	email: string;
	message: string;
}

/** A problem with one field, as the key of the words that explain it. */
export interface FieldProblem {
	field: keyof ContactFields;
	key: 'contact.form.nameMissing' | 'contact.form.emailMissing' | 'contact.form.emailInvalid' | 'contact.form.messageMissing' | 'contact.form.tooLong';
}

/**
 * An e-mail address as `<input type="email">` accepts it (the HTML standard's rule, with no length limit of its own):
 * the no-JavaScript form and the script refuse the same addresses.
 */
const VALID_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Every problem of a message before it is sent, in the form's order (name, e-mail, message); empty when it can go. */
export function checkContactFields(fields: ContactFields): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const name = fields.name.trim();
	const email = fields.email.trim();
	const message = fields.message.trim();
	if (name === '') problems.push({ field: 'name', key: 'contact.form.nameMissing' });
	else if (name.length > MAX_LENGTH.name) problems.push({ field: 'name', key: 'contact.form.tooLong' });
	if (email === '') problems.push({ field: 'email', key: 'contact.form.emailMissing' });
	else if (email.length > MAX_LENGTH.email || !VALID_EMAIL.test(email)) problems.push({ field: 'email', key: 'contact.form.emailInvalid' });
	if (message === '') problems.push({ field: 'message', key: 'contact.form.messageMissing' });
	else if (message.length > MAX_LENGTH.message) problems.push({ field: 'message', key: 'contact.form.tooLong' });
	return problems;
}

/** Line breaks as a submitted form writes them (CR LF, the HTML standard's newline normalisation). */
const formLineBreaks = (text: string) => text.replace(/\r\n?|\n/g, '\r\n');

/**
 * The body the script posts: the same fields, in the same order and encoding (`application/x-www-form-urlencoded`, line
 * breaks as CR LF), as the form itself sends without JavaScript, so the firm's service sees one shape either way. Name,
 * e-mail and message are trimmed; the campaign (utm_*) values follow; the honeypot goes last, empty.
 */
export function contactFormBody(fields: ContactFields, utm: ReadonlyArray<readonly [string, string]>, honeypot: string): URLSearchParams {
	const body = new URLSearchParams();
	body.append(FORM_FIELDS.name, formLineBreaks(fields.name.trim()));
	body.append(FORM_FIELDS.email, formLineBreaks(fields.email.trim()));
	body.append(FORM_FIELDS.message, formLineBreaks(fields.message.trim()));
	for (const [key, value] of utm) body.append(key, value);
	body.append(honeypot, '');
	return body;
}

/** What became of a message, as the reader is told. */
export type SendOutcome =
	| { kind: 'sent' }
	/** The service refused the message as it is (a 4xx other than 408 and 429): something in it must change. */
	| { kind: 'refused'; status: number }
	/** The service is busy or timed out (408, 429) or failed (5xx): the same message may go later. */
	| { kind: 'unavailable'; status: number }
	/** No answer could be read: offline, blocked, cut off, or an answer the browser may not show (CORS). */
	| { kind: 'unconfirmed' };

/** What a `fetch` answer (its status code; `type` 'opaqueredirect' or 'error' when the browser hid it) means. */
export function readSendResponse(response: { status: number; type?: string }): SendOutcome {
	const { status } = response;
	if (response.type === 'opaqueredirect' || response.type === 'error' || status === 0) return { kind: 'unconfirmed' };
	if (status >= 200 && status < 300) return { kind: 'sent' };
	if (status === 408 || status === 429 || status >= 500) return { kind: 'unavailable', status };
	if (status >= 400) return { kind: 'refused', status };
	// 1xx and 3xx never reach a script with `redirect: 'follow'`; anything else is no confirmation.
	return { kind: 'unconfirmed' };
}

/** The status line for an outcome: the key of its words, and the error code it names, if any. */
export function outcomeMessage(outcome: SendOutcome): { key: 'contact.form.sent' | 'contact.form.refused' | 'contact.form.unavailable' | 'contact.form.unconfirmed'; vars?: { status: number } } {
	switch (outcome.kind) {
		case 'sent':
			return { key: 'contact.form.sent' };
		case 'refused':
			return { key: 'contact.form.refused', vars: { status: outcome.status } };
		case 'unavailable':
			return { key: 'contact.form.unavailable', vars: { status: outcome.status } };
		case 'unconfirmed':
			return { key: 'contact.form.unconfirmed' };
	}
}
