import { useBrowser } from './support/fixtures';
import { auditEveryPage, builds } from './support/page-audit';

// The build for `/`, second half of its pages, so that both workers share the longest audit.
auditEveryPage(useBrowser(), builds.root, [2, 2]);
