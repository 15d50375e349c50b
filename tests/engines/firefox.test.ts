// The main journeys in Firefox ESR (Debian's firefox-esr), over plain http.
import { describe } from 'vitest';
import { journeys } from './journeys';
import { launchFirefox } from './support/firefox';

describe('Firefox ESR', () => {
	journeys(launchFirefox);
});
