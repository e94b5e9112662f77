import { formatPolicy, unionOf } from '../csp-policy';
import { pathUnder, type HeaderRule } from './headers-file';

/** Powerful features no page of the site uses, so that nothing on it may ask for them. */
const deniedFeatures = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
];

/**
 * The security headers for every file under `base`, for a host that can send headers.
 * Its Content-Security-Policy allows what any page's own `<meta>` policy allows (`pagePolicies`),
 * and adds what only a header can say: that no other site may show the pages in a frame.
 */
export function securityHeaders(base: string, pagePolicies: string[]): HeaderRule {
  const policy = unionOf(pagePolicies);
  policy.set('frame-ancestors', ["'none'"]);
  return {
    path: pathUnder(base, '*'),
    headers: {
      'Content-Security-Policy': formatPolicy(policy),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  };
}
