import { useBrowser } from './support/fixtures';
import { auditEveryPage, builds } from './support/page-audit';

// The build for `/`: every page opened once, with axe in light and dark (see page-audit.ts).
auditEveryPage(useBrowser(), builds.root);
