import ExerciseStandIn from './ExerciseStandIn.astro';
import ReflectieStandIn from './ReflectieStandIn.astro';

/**
 * What the workbook passes to each module's `<Content components={…} />` (made possible by
 * `replaceable-widgets.ts`): every widget a module can show, by the name its MDX uses, as its
 * printable stand-in.
 */
export const workbookComponents = {
  Reflectie: ReflectieStandIn,
  VierVormenSorteren: ExerciseStandIn,
  ZevenKwaliteitenScan: ExerciseStandIn,
  ConditiesScan: ExerciseStandIn,
  ParadoxDilemma: ExerciseStandIn,
  StapTerugStapVooruit: ExerciseStandIn,
  DataNaarWijsheid: ExerciseStandIn,
  Expertisekaart: ExerciseStandIn,
  TestJezelf: ExerciseStandIn,
};
