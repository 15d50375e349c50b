// The axe-core rule sets every page must pass with zero violations: WCAG 2.2 A and AA, and axe's best practices.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
