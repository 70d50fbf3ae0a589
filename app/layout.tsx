import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblemsPanel } from '@/components/content-problems-panel';
import { SiteFooter } from '@/components/site-footer';
import { SiteBehaviours } from '@/components/site-behaviours';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { readPreviewProblems } from '@/lib/content/preview-problems';
import { pageMetadata } from '@/lib/seo/metadata';
import { BRAND_ICON_PATH, withBasePath } from '@/lib/urls';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name}: ${siteConfig.tagline}`, description: siteConfig.description }),
  metadataBase: new URL(siteConfig.url),
  title: { default: `${siteConfig.name}: ${siteConfig.tagline}`, template: `%s | ${siteConfig.name}` },
  // Next resolves page URLs against metadataBase (base path included) but writes icon URLs as given.
  icons: { icon: withBasePath(BRAND_ICON_PATH), apple: withBasePath(BRAND_ICON_PATH) },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#111214' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme and a class before hydration, so React must not flag them.
    <html lang={siteConfig.language} data-sentiment-colors={siteConfig.sentimentColors} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col">
        {process.env.NODE_ENV === 'development' && <ContentProblemsPanel problems={readPreviewProblems()} />}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <SiteBehaviours />
      </body>
    </html>
  );
}
