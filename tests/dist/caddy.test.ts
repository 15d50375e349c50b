// The built site served by Debian's real Caddy with hosting/Caddyfile, passing the checks every host passes.
import { hostChecks } from '../support/hostChecks';
import { startCaddy } from '../support/servers';

hostChecks('Caddy', startCaddy);
