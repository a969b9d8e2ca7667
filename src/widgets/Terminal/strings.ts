/** Every sentence the terminal widget shows, in one place. */
import { HOME } from '../../domain/shell/world';

/** The bash-like prompt: `learner@course:~/app$ ` (user in green, directory in blue). */
export function promptFor(cwd: string): string {
  const short = cwd === HOME ? '~' : cwd.startsWith(`${HOME}/`) ? `~${cwd.slice(HOME.length)}` : cwd;
  return `\x1b[1;32mlearner@course\x1b[0m:\x1b[1;34m${short}\x1b[0m$ `;
}

export const S = {
  welcome:
    'A simulated terminal: nothing here runs on a real machine or costs anything.\r\nType help for the commands, or click an example below.\r\n',
  help: 'Type commands and press Enter. Tab completes, Up and Down recall earlier commands. To move focus out of the terminal, press Escape and then Tab.',
  inputLabel: (label: string) => `${label}: command input`,
  transcriptLabel: 'Transcript of the example commands',
  reset: 'Reset the terminal',
  resetDone: 'The terminal is back to its starting state (ticked tasks stay ticked).',
  restored: (n: number) =>
    `(Restored from your last visit: ${n} command${n === 1 ? '' : 's'} replayed. Reset starts again.)\r\n`,
  failed: 'The terminal could not start; the transcript above shows what it would print',
  tryTyping: 'Try:',
  typeFor: (cmd: string) => `Type ${cmd} into the terminal`,
  tasksTitle: (done: number, total: number) => `Tasks: ${done} of ${total} done`,
  doneWord: 'Done: ',
  todoWord: 'To do: ',
  hint: 'Hint',
  taskDone: (texts: readonly string[]) => `Task done: ${texts.join('; ')}`,
  editorLabel: 'File editor',
  fileToEdit: 'File to edit',
  editing: (path: string) => `Contents of ${path}`,
  save: 'Save to the terminal',
  saved: (path: string) => `Saved ${path}; the terminal sees the new version.`,
  saveFailed: (why: string) => `Not saved: ${why}`,
} as const;
