import { useBrowser } from './support/fixtures';
import { auditEveryPage, builds } from './support/page-audit';

// The build for `/teacher-leadership/`: every page opened once, every address under the sub-path (see page-audit.ts).
auditEveryPage(useBrowser(), builds.subPath);
