// The built site served by Debian's real Apache 2.4 through dist/.htaccess, passing the checks every host passes.
import { hostChecks } from '../support/hostChecks';
import { startApache } from '../support/servers';

hostChecks('Apache', startApache);
