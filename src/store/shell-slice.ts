import type { ShellSlice, SliceCreator } from './types';

export const createShellSlice: SliceCreator<ShellSlice> = (set, get) => ({
  view: 'timeline',
  lang: 'en',
  theme: 'auto',
  panel: null,
  actorId: null,
  notices: [],
  quizSeed: null,
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  openActor: (id) => {
    if (!get().dataset.actorsById.has(id)) return;
    set({ actorId: id, panel: 'actor' });
  },
  startQuiz: (seed) => set({ quizSeed: seed, view: 'quiz' }),
  openPanel: (panel) => set({ panel }),
  // Closing a panel removes what it showed from the link: the event panel deselects its event (so a
  // link copied afterwards does not reopen it); an actor panel opened over an event goes back to it.
  closePanel: () =>
    set((s) =>
      s.panel === 'actor' && s.selectedEventId !== null
        ? { panel: 'event' }
        : { panel: null, selectedEventId: null, lastEventId: s.selectedEventId ?? s.lastEventId },
    ),
  addNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
