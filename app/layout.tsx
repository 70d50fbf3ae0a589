import type { ReactNode } from 'react';
import { ContentProblemsPanel } from '@/components/content-problems-panel';
import { SiteFooter } from '@/components/site-footer';
import { SiteBehaviours } from '@/components/site-behaviours';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { readPreviewProblems } from '@/lib/content/preview-problems';
import { siteMetadata, siteViewport } from '@/lib/seo/site-metadata';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata = siteMetadata;
export const viewport = siteViewport;

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
