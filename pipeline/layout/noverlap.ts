// graphology-layout-noverlap's iterations (0.4.2, iterate.js) on its own matrix, with one change
// that leaves every float as it was: a pair of nodes sharing several grid cells is compared in
// the first of them (the lowest cell index) and skipped in the others by arithmetic, where the
// library keeps a Set of "a§b" strings of the pairs seen, built anew on every iteration. That Set
// was most of noverlap's time (0.37 s of a 10,000-paper corpus's 11,072-node co-author view).
// Pairs are still met in the library's order, so sums and random draws happen in its order.

export interface NoverlapSettings {
  gridSize: number;
  margin: number;
  expansion: number;
  ratio: number;
  speed: number;
}

/**
 * Up to `maxIterations` iterations on `matrix` (x, y, size per node, in place), fewer once no
 * two nodes overlap. `random` replaces the library's Math.random for the nudge of nodes that
 * coincide exactly, so runs are reproducible.
 */
export function noverlap(matrix: Float32Array, settings: NoverlapSettings, maxIterations: number, random: () => number): void {
  for (let i = 0; i < maxIterations; i++) if (iterate(settings, matrix, random)) return;
}

/** One iteration; true when nothing overlapped (converged). */
function iterate({ margin, ratio, expansion, gridSize, speed }: NoverlapSettings, matrix: Float32Array, random: () => number): boolean {
  const order = (matrix.length / 3) | 0;
  let converged = true;
  const deltaX = new Float32Array(order);
  const deltaY = new Float32Array(order);

  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (let n = 0; n < order; n++) {
    const x = matrix[3 * n]!;
    const y = matrix[3 * n + 1]!;
    const size = matrix[3 * n + 2]! * ratio + margin;
    xMin = Math.min(xMin, x - size);
    xMax = Math.max(xMax, x + size);
    yMin = Math.min(yMin, y - size);
    yMax = Math.max(yMax, y + size);
  }
  const width = xMax - xMin;
  const height = yMax - yMin;
  const xCenter = (xMin + xMax) / 2;
  const yCenter = (yMin + yMax) / 2;
  xMin = xCenter - (expansion * width) / 2;
  xMax = xCenter + (expansion * width) / 2;
  yMin = yCenter - (expansion * height) / 2;
  yMax = yCenter + (expansion * height) / 2;

  // Each node's box of cells, then the cells' members in node order (as the library's pushes),
  // packed into one array: cell c holds members[first[c]] .. members[first[c + 1] - 1].
  // Float64, not Int32: a NaN position (a broken layout) covers no cell, as in the library.
  const colMin = new Float64Array(order);
  const colMax = new Float64Array(order);
  const rowMin = new Float64Array(order);
  const rowMax = new Float64Array(order);
  const cells = gridSize * gridSize;
  const first = new Int32Array(cells + 1);
  for (let n = 0; n < order; n++) {
    const x = matrix[3 * n]!;
    const y = matrix[3 * n + 1]!;
    const size = matrix[3 * n + 2]! * ratio + margin;
    colMin[n] = Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin));
    colMax[n] = Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin));
    rowMin[n] = Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin));
    rowMax[n] = Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin));
    for (let col = colMin[n]!; col <= colMax[n]!; col++) for (let row = rowMin[n]!; row <= rowMax[n]!; row++) first[col * gridSize + row + 1]!++;
  }
  for (let c = 0; c < cells; c++) first[c + 1]! += first[c]!;
  const members = new Int32Array(first[cells]!);
  const filled = first.slice(0, cells);
  for (let n = 0; n < order; n++)
    for (let col = colMin[n]!; col <= colMax[n]!; col++) for (let row = rowMin[n]!; row <= rowMax[n]!; row++) members[filled[col * gridSize + row]!++] = n;

  for (let c = 0; c < cells; c++) {
    const end = first[c + 1]!;
    for (let i = first[c]!; i < end; i++) {
      const n1 = members[i]!;
      const x1 = matrix[3 * n1]!;
      const y1 = matrix[3 * n1 + 1]!;
      const s1 = matrix[3 * n1 + 2]!;
      for (let j = i + 1; j < end; j++) {
        const n2 = members[j]!;
        // The first cell both boxes cover: the corner of their overlap with the lowest index.
        if (Math.max(colMin[n1]!, colMin[n2]!) * gridSize + Math.max(rowMin[n1]!, rowMin[n2]!) !== c) continue;
        const xDist = matrix[3 * n2]! - x1;
        const yDist = matrix[3 * n2 + 1]! - y1;
        const s2 = matrix[3 * n2 + 2]!;
        const dist = Math.sqrt(xDist * xDist + yDist * yDist);
        if (dist < s1 * ratio + margin + (s2 * ratio + margin)) {
          converged = false;
          if (dist > 0) {
            deltaX[n2]! += (xDist / dist) * (1 + s1);
            deltaY[n2]! += (yDist / dist) * (1 + s1);
          } else {
            deltaX[n2]! += width * (0.01 * (0.5 - random()));
            deltaY[n2]! += height * (0.01 * (0.5 - random()));
          }
        }
      }
    }
  }

  for (let n = 0; n < order; n++) {
    matrix[3 * n]! += deltaX[n]! * 0.1 * speed;
    matrix[3 * n + 1]! += deltaY[n]! * 0.1 * speed;
  }
  return converged;
}
