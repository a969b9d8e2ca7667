/** Every user-facing string of the compose visualiser, in one place for a later translation. */
export const S = {
  title: 'Compose visualiser',
  editorLabel: 'Compose file (YAML)',
  editorHelp:
    'Edit the file: the diagram and the list below redraw as you type. Tab moves on; Escape then Tab leaves the editor.',
  diagramCaption: 'Diagram of the compose file: services, published ports, dependencies, networks and volumes.',
  listHeading: 'What this file starts',
  warningsHeading: 'Warnings',
  errorPrefix: (line: number | null) => (line === null ? 'This file cannot be used: ' : `Line ${line}: `),
  keptDiagram: 'The diagram and list show the last valid version of the file.',
  loading: 'Drawing the diagram…',
  drawFailed: 'The diagram could not be drawn here; the list below describes the same design.',
  reset: 'Restore the example',
  services: (n: number) => `${n} service${n === 1 ? '' : 's'}`,
} as const;
