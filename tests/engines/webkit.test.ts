// The main journeys in WebKit (Debian's WebKitGTK MiniBrowser, the engine of Safari), over plain http.
import { describe } from 'vitest';
import { journeys } from './journeys';
import { launchWebKit } from './support/webkit';

describe('WebKit', () => {
	journeys(launchWebKit);
});
