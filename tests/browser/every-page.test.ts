import { useBrowser } from './support/fixtures';
import { auditEveryPage, builds } from './support/page-audit';

// The build for `/`, first half of its pages: opened once each, with axe in light and dark (see page-audit.ts).
auditEveryPage(useBrowser(), builds.root, [1, 2]);
