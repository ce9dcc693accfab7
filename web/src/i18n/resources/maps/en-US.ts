import type { mapsZhCN } from './zh-CN';

/** English: the map page and the map component; spread into `en-US.ts`. */
export const mapsEnUS: typeof mapsZhCN = {
  maps: {
    title: 'Map',
    mapLabel: 'Map: arrow keys pan, plus and minus zoom',
    loadFailed: 'The map data could not be loaded',
    pickNode: 'Choose a street, community or compound',
    layers: { areas: 'Grid and compound boundaries', points: 'Events and alerts', heat: 'Event heat' },
    category: 'Category',
    allCategories: 'All categories',
    period: 'Period',
    lastDays: 'Last {{count}} days',
    name: 'Name',
    kind: 'Kind',
    kinds: { grid: 'Grid', compound: 'Compound' },
    code: 'Code',
    vertices: 'Boundary vertices',
    noBoundary: 'Not drawn yet',
    draw: 'Draw boundary',
    import: 'Import GeoJSON',
    drawing: 'Drawing the boundary of “{{name}}”: {{count}} vertices so far',
    drawHint:
      'Click the corners of the boundary on the map in turn (at least 3). Enter saves, Backspace takes back the last vertex, Esc cancels. Or import a GeoJSON file.',
    undo: 'Undo vertex',
    saved: 'The boundary of “{{name}}” is saved',
    notJson: 'The file is not valid GeoJSON (JSON)',
  },
};
