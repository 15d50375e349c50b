// The built site served by Debian's real nginx with hosting/nginx.conf, passing the checks every host passes.
import { hostChecks } from '../support/hostChecks';
import { startNginx } from '../support/servers';

hostChecks('nginx', startNginx);
