/**
 * The company's logo (`brand.logo` in site.json) as an import the pages can give to
 * astro:assets: `import logo from 'virtual:helpcenter/logo'` is the image's metadata (an SVG
 * or a raster image Astro optimises), or undefined when there is none. A virtual module,
 * because the content folder is only known at run time (HELPCENTER_CONTENT_DIR), and Vite
 * resolves a real file import of it like any other image.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';

const ID = 'virtual:helpcenter/logo';
const RESOLVED = `\0${ID}`;

export function brandLogo(contentDir: string, logo: string | undefined): AstroIntegration {
  return {
    name: 'helpcenter:brand-logo',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'helpcenter:brand-logo',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => {
                  if (id !== RESOLVED) return undefined;
                  // The content checker has already said so when the file is missing.
                  return logo ? `export { default } from ${JSON.stringify(path.join(contentDir, logo))};` : 'export default undefined;';
                },
              },
            ],
          },
        });
      },
    },
  };
}
