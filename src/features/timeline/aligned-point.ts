/**
 * A point item whose label may run left of its dot. vis-timeline 8's point item always puts its
 * label right of the dot, so a label near the window's right edge would be cut there (under an
 * open panel, or at an embed's edge). This subclass of vis's own `PointItem`, registered as the
 * item type `ALIGNED_POINT`, draws an item with `align: 'right'` with its box ending at its date
 * (timeline.css puts the dot at the box's right end), and tells vis where it really is, so that
 * stacking and culling stay right. An item flips by a data change (`align`), never a change of
 * type, so vis keeps its element, and the keyboard focus on it.
 *
 * It reaches vis's item classes through the `timeline.components` namespace vis exports (without
 * types); pinned with vis-timeline 8 (see README.md).
 */
import * as vis from 'vis-timeline/esnext';

/** The vis item type of every point item of Parley's timeline. */
export const ALIGNED_POINT = 'parley-point';

interface VisRange {
  readonly start: number;
  readonly end: number;
  getMillisecondsPerPixel(): number;
}

/** The members of vis's `PointItem` the subclass uses (vis-timeline 8). */
interface PointItem {
  data: { start: Date; align?: string };
  conversion: { toScreen(d: Date): number };
  cluster?: unknown;
  width: number;
  left: number;
  pointX: number;
  repositionX(): void;
  repositionXY(): void;
  isVisible(range: VisRange): boolean;
}

type PointItemClass = abstract new (...args: never[]) => PointItem;

interface VisComponents {
  readonly timeline?: {
    readonly components?: {
      readonly items?: { readonly PointItem?: PointItemClass };
      readonly ItemSet?: { types?: Record<string, unknown> };
    };
  };
}

/**
 * Registers `ALIGNED_POINT` with vis-timeline (once). Throws if vis no longer exports what it
 * needs, so an upgrade that breaks it fails loudly in the tests.
 */
export function registerAlignedPoint(): void {
  const components = (vis as unknown as VisComponents).timeline?.components;
  const Base = components?.items?.PointItem;
  const types = components?.ItemSet?.types;
  if (!Base || !types) throw new Error('vis-timeline no longer exports PointItem and ItemSet');
  if (types[ALIGNED_POINT]) return;

  abstract class AlignedPoint extends Base {
    override repositionX(): void {
      super.repositionX();
      if (this.data.align !== 'right') return;
      // The box ends at the date, where the dot is drawn.
      this.pointX = this.conversion.toScreen(this.data.start) - this.width;
      this.left = this.pointX;
      this.repositionXY();
    }

    override isVisible(range: VisRange): boolean {
      if (this.cluster || this.data.align !== 'right') return super.isVisible(range);
      const start = this.data.start.getTime();
      return (
        start > range.start && start - this.width * range.getMillisecondsPerPixel() < range.end
      );
    }
  }
  types[ALIGNED_POINT] = AlignedPoint;
}
