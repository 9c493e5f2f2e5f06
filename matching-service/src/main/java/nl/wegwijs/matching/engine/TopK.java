package nl.wegwijs.matching.engine;

import java.util.Arrays;

/**
 * The k best (score, row) pairs of a scan, in a primitive min-heap: no objects per candidate. Scores are
 * {@link Scoring}'s tenths of a point (never negative here), so an entry's order is its score's, then its row's.
 */
final class TopK {

    private final long[] heap;
    private int size;

    TopK(int k) {
        heap = new long[Math.max(1, k)];
    }

    void offer(int score, int row) {
        long entry = ((long) score << 32) | (row & 0xffffffffL);
        if (size < heap.length) {
            heap[size] = entry;
            up(size++);
        } else if (entry > heap[0]) {
            heap[0] = entry;
            down(0);
        }
    }

    void addAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            long e = other.heap[i];
            offer((int) (e >>> 32), (int) e);
        }
    }

    /** Rows from best to worst. */
    int[] rowsBestFirst() {
        long[] sorted = Arrays.copyOf(heap, size);
        Arrays.sort(sorted);
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = (int) sorted[size - 1 - i];
        }
        return rows;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] <= heap[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
