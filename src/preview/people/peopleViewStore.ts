/**
 * What the People view remembers while another tab is shown (opening a journey switches tabs): the
 * filter form and where the grid was scrolled, for the open program only. Views unmount with their
 * tab; this small store outlives them.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { EMPTY_FORM, type PeopleForm } from './peopleFilter';

export interface GridPlace {
  /** The rows shown (a filter's key): the place is kept for those rows only. */
  rows: string;
  top: number;
  left: number;
}

interface PeopleViewState {
  program: string | null;
  form: PeopleForm;
  place: GridPlace | null;
}

export const peopleViewStore = createStore<PeopleViewState>()(() => ({
  program: null,
  form: EMPTY_FORM,
  place: null,
}));

const selectProgram = (s: PeopleViewState) => s.program;
const selectForm = (s: PeopleViewState) => s.form;

/** The form for `program` (a fresh one for another program); scrolling re-renders nothing. */
export function usePeopleForm(program: string | null): PeopleForm {
  const owner = useStore(peopleViewStore, selectProgram);
  const form = useStore(peopleViewStore, selectForm);
  return owner === program ? form : EMPTY_FORM;
}

export function setPeopleForm(program: string | null, form: PeopleForm): void {
  const state = peopleViewStore.getState();
  peopleViewStore.setState({
    program,
    form,
    place: state.program === program ? state.place : null,
  });
}

export function gridPlaceOf(program: string | null, rows: string): GridPlace | null {
  const state = peopleViewStore.getState();
  return state.program === program && state.place?.rows === rows ? state.place : null;
}

export function rememberGridPlace(program: string | null, place: GridPlace): void {
  const state = peopleViewStore.getState();
  peopleViewStore.setState({
    program,
    form: state.program === program ? state.form : EMPTY_FORM,
    place,
  });
}
