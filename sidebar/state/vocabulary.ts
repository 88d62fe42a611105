import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VocabularyDto } from '../../src/dto/vocabulary';

const EMPTY: VocabularyDto = {
  statuses: [],
  planTypes: [],
  serviceLines: [],
  scaTypes: [],
  channels: [],
  contactTypes: [],
  contactDirections: [],
  denialReasons: [],
  packetItems: [],
};

/** The dropdowns' words, as the sheet's data validation has them (sent once, in the initial state). */
export const VocabularyContext = createContext<VocabularyDto>(EMPTY);

export const useVocabulary = (): VocabularyDto => useContext(VocabularyContext);
