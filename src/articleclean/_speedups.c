/*
 * articleclean._speedups: compiled equals of the per-line primitives.
 *
 * The pure-Python functions in text.py, screen.py and normalize.py are the reference; this
 * module gives exactly their results (tests/test_speedups.py compares them over all of
 * Unicode, the dev set and the fixtures), only faster. It knows no Unicode property of its
 * own: the character table is built once, lazily, by articleclean/_compiled.py from the
 * `regex` module's \w, text.CJK, str.casefold, normalize.py's patterns, _mojibake's test
 * and unicodedata, and handed in through _install(). (Only str's own C macros are used as
 * they are: Py_UNICODE_ISSPACE, ISLINEBREAK and ISPRINTABLE are what str.split,
 * str.splitlines and str.isprintable read.)
 *
 * Tokens (text.py): a CJK character alone, or a maximal run of word characters that are not
 * CJK; a token's normal form is NFKC then casefold. A token whose characters are all "safe"
 * (NFKC leaves them alone in any context: NFKC(c) == c, combining class 0, and never the
 * second half of a canonical composition) is normalised here, one character at a time,
 * through the table's case folding; any other token goes to the Python callable given to
 * _install (unicodedata.normalize("NFKC", token).casefold()).
 *
 * Anchors (screen.py): an Aho-Corasick automaton over the folded anchors; present(text)
 * returns the anchors that fold(text) contains, or None when a non-ASCII text is not
 * printable, exactly as Screen._present.
 *
 * Normalising (normalize.py): normalize_split(text) splits a text as split_lines does (at
 * \n, \r\n and \r only; the other breaks str.splitlines knows are spaces inside a line)
 * and normalises each line as normalize_line would (invisible characters out, NFC, runs of
 * white space one space, stripped) unless ftfy could change it (the test of
 * _mojibake.could_change, from the data it hands over) or it holds a surrogate: those lines
 * are returned as they are, with their indices, for normalize.py.
 *
 * Every function runs in time linear in its input and holds memory proportional to it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------------------------ */
/* The character table: 32 bits per code point, in deduplicated blocks of 256.           */

enum { CLS_SEP = 0, CLS_WORD = 1, CLS_CJK = 2, CLS_MASK = 3 };
#define F_SAFE 4u
#define FOLD_SHIFT 3
#define FOLD_MASK (3u << FOLD_SHIFT)
#define FOLD_ONE (1u << FOLD_SHIFT)  /* casefolds to the one code point in the value */
#define FOLD_MANY (2u << FOLD_SHIFT) /* casefolds to g_expand[value] */
#define F_INERT 32u      /* NFC leaves it alone wherever it stands (normalize.py) */
#define F_HARD 64u       /* a surrogate: its line takes the Python path */
#define F_INVISIBLE 128u /* normalize._INVISIBLE: removed */
#define F_GATE 256u      /* normalize._GATE_START: a line ftfy may be given */
#define F_TRIGGER 512u   /* _mojibake: a line with one is a candidate for ftfy */
#define F_BADNESS 1024u  /* _mojibake: in one of ftfy's badness classes (g_bad) */
#define VAL_SHIFT 11
#define INDEX_SIZE 0x1100 /* 0x110000 >> 8 */
#define MAX_FOLD 3        /* str.casefold gives at most 3 code points for one */

static uint16_t *g_index = NULL;
static uint32_t *g_blocks = NULL;
static Py_UCS4 (*g_expand)[MAX_FOLD + 1] = NULL; /* [count, c1, c2, c3] */
static uint32_t g_ascii[128];
static PyObject *g_builder = NULL; /* callable that calls _install() */
static PyObject *g_slow = NULL;    /* token -> its normal form */
static PyObject *g_token = NULL;   /* text.Token */
static int g_token_fast = 0;       /* Token instances can be made as tuples of its type */

static inline uint32_t
entry(Py_UCS4 c)
{
    return g_blocks[((uint32_t)g_index[c >> 8] << 8) | (c & 0xFF)];
}

static int
ensure_table(void)
{
    if (g_blocks != NULL)
        return 0;
    if (g_builder == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "articleclean._speedups: no table builder set");
        return -1;
    }
    PyObject *r = PyObject_CallNoArgs(g_builder);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    if (g_blocks == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "articleclean._speedups: the builder set no table");
        return -1;
    }
    return 0;
}

/* For each code point c of the (lo, hi) ranges: flat[c] = (flat[c] & ~mask) | bits. */
static int
apply_ranges(PyObject *ranges, uint32_t *flat, uint32_t mask, uint32_t bits)
{
    PyObject *seq = PySequence_Fast(ranges, "ranges must be a sequence");
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned long lo, hi;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "kk", &lo, &hi)) {
            Py_DECREF(seq);
            return -1;
        }
        if (lo > hi || hi > 0x110000) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "bad code point range");
            return -1;
        }
        for (unsigned long c = lo; c < hi; c++)
            flat[c] = (flat[c] & ~mask) | bits;
    }
    Py_DECREF(seq);
    return 0;
}

static int
read_ranges(PyObject *ranges, uint32_t *flat, uint32_t cls)
{
    return apply_ranges(ranges, flat, (uint32_t)CLS_MASK, cls);
}

static int
set_flag(PyObject *ranges, uint32_t *flat, uint32_t flag)
{
    return apply_ranges(ranges, flat, 0, flag);
}

static uint32_t
block_hash(const uint32_t *b)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < 256; i++)
        h = (h ^ b[i]) * 16777619u;
    return h;
}


/* ftfy's candidate test (_mojibake.could_change): per character of its badness classes,
   the bits of the classes it is in; an alternative needs all of its bits. */
#define BAD_WORDS 4 /* up to 256 bits */
typedef struct {
    uint64_t w[BAD_WORDS];
} Bits;
static int g_bad_ok = 0; /* 0: the test is not known, every gated line is a candidate */
static Py_ssize_t g_bad_n = 0, g_needs_n = 0;
static Py_UCS4 *g_bad_cps = NULL; /* sorted */
static Bits *g_bad_masks = NULL;
static Bits *g_needs = NULL;
static PyObject *g_nfc = NULL; /* line -> unicodedata.normalize("NFC", line) */

static int
bits_of(PyObject *n, Bits *out)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < BAD_WORDS; k++) {
        PyObject *shift = PyLong_FromLong(64 * k);
        PyObject *mask = PyLong_FromUnsignedLongLong(UINT64_MAX);
        PyObject *shifted = shift ? PyNumber_Rshift(n, shift) : NULL;
        PyObject *word = shifted && mask ? PyNumber_And(shifted, mask) : NULL;
        Py_XDECREF(shift);
        Py_XDECREF(mask);
        Py_XDECREF(shifted);
        if (word == NULL)
            return -1;
        out->w[k] = PyLong_AsUnsignedLongLong(word);
        Py_DECREF(word);
        if (PyErr_Occurred())
            return -1;
    }
    PyObject *limit = PyLong_FromLong(64 * BAD_WORDS);
    PyObject *rest = limit ? PyNumber_Rshift(n, limit) : NULL;
    Py_XDECREF(limit);
    if (rest == NULL)
        return -1;
    int big = PyObject_IsTrue(rest);
    Py_DECREF(rest);
    return big ? 1 : 0; /* 1: more bits than BAD_WORDS hold */
}

static int
cmp_cp(const void *a, const void *b)
{
    Py_UCS4 x = *(const Py_UCS4 *)a, y = *(const Py_UCS4 *)b;
    return x < y ? -1 : x > y;
}

/* badness: None, or (triggers: str, masks: {str: int}, needs: [int]) */
static int
read_badness(PyObject *badness, uint32_t *flat)
{
    if (badness == Py_None)
        return 0;
    PyObject *triggers, *masks, *needs;
    if (!PyArg_ParseTuple(badness, "UO!O!", &triggers, &PyDict_Type, &masks, &PyList_Type,
                          &needs))
        return -1;
    Py_ssize_t nm = PyDict_GET_SIZE(masks), nn = PyList_GET_SIZE(needs), pos = 0, k = 0;
    Py_UCS4 *cps = PyMem_RawMalloc((size_t)(nm ? nm : 1) * sizeof(Py_UCS4));
    Bits *bm = PyMem_RawMalloc((size_t)(nm ? nm : 1) * sizeof(Bits));
    Bits *nd = PyMem_RawMalloc((size_t)(nn ? nn : 1) * sizeof(Bits));
    struct pair {
        Py_UCS4 cp;
        Bits bits;
    } *pairs = PyMem_RawMalloc((size_t)(nm ? nm : 1) * sizeof(struct pair));
    if (!cps || !bm || !nd || !pairs) {
        PyErr_NoMemory();
        goto fail;
    }
    PyObject *ch, *n;
    int big = 0;
    while (PyDict_Next(masks, &pos, &ch, &n)) {
        if (!PyUnicode_Check(ch) || PyUnicode_GET_LENGTH(ch) != 1) {
            PyErr_SetString(PyExc_ValueError, "badness masks: {character: int}");
            goto fail;
        }
        int r = bits_of(n, &pairs[k].bits);
        if (r < 0)
            goto fail;
        big |= r;
        pairs[k++].cp = PyUnicode_READ_CHAR(ch, 0);
    }
    for (Py_ssize_t i = 0; i < nn; i++) {
        int r = bits_of(PyList_GET_ITEM(needs, i), &nd[i]);
        if (r < 0)
            goto fail;
        big |= r;
    }
    if (big) { /* too many classes: leave the test to Python (every gated line) */
        PyMem_RawFree(cps);
        PyMem_RawFree(bm);
        PyMem_RawFree(nd);
        PyMem_RawFree(pairs);
        return 0;
    }
    qsort(pairs, (size_t)nm, sizeof(struct pair), cmp_cp);
    for (Py_ssize_t i = 0; i < nm; i++) {
        cps[i] = pairs[i].cp;
        bm[i] = pairs[i].bits;
        flat[cps[i]] |= F_BADNESS;
    }
    Py_ssize_t nt = PyUnicode_GET_LENGTH(triggers);
    for (Py_ssize_t i = 0; i < nt; i++)
        flat[PyUnicode_READ_CHAR(triggers, i)] |= F_TRIGGER;
    PyMem_RawFree(pairs);
    g_bad_cps = cps;
    g_bad_masks = bm;
    g_needs = nd;
    g_bad_n = nm;
    g_needs_n = nn;
    g_bad_ok = 1;
    return 0;
fail:
    PyMem_RawFree(cps);
    PyMem_RawFree(bm);
    PyMem_RawFree(nd);
    PyMem_RawFree(pairs);
    return -1;
}

/* _install(word_ranges, cjk_ranges, unsafe, safe_below, folds, slow, token, not_inert,
            inert_below, hard_ranges, invisible_ranges, gate_ranges, badness, nfc) */
static PyObject *
sp_install(PyObject *self, PyObject *args)
{
    PyObject *words, *cjk, *unsafe, *folds, *slow, *token, *not_inert, *hard, *invisible;
    PyObject *gate, *badness, *nfc;
    unsigned long safe_below, inert_below;
    if (!PyArg_ParseTuple(args, "OOUkO!OOUkOOOOO:_install", &words, &cjk, &unsafe,
                          &safe_below, &PyDict_Type, &folds, &slow, &token, &not_inert,
                          &inert_below, &hard, &invisible, &gate, &badness, &nfc))
        return NULL;
    if (g_blocks != NULL) /* the first table wins: functions may be running on it */
        Py_RETURN_NONE;
    if (safe_below > 0x110000)
        safe_below = 0x110000;
    uint32_t *flat = PyMem_RawCalloc(0x110000, sizeof(uint32_t));
    uint16_t *index = PyMem_RawMalloc(INDEX_SIZE * sizeof(uint16_t));
    uint32_t *blocks = PyMem_RawMalloc((size_t)INDEX_SIZE * 256 * sizeof(uint32_t));
    int32_t *slots = PyMem_RawMalloc(8192 * sizeof(int32_t));
    Py_UCS4(*expand)[MAX_FOLD + 1] = NULL;
    if (!flat || !index || !blocks || !slots) {
        PyErr_NoMemory();
        goto fail;
    }
    if (read_ranges(words, flat, CLS_WORD) < 0 || read_ranges(cjk, flat, CLS_CJK) < 0)
        goto fail;
    for (uint32_t c = 0; c < safe_below; c++)
        if (flat[c] & CLS_MASK)
            flat[c] |= F_SAFE;
    Py_ssize_t nu = PyUnicode_GET_LENGTH(unsafe);
    for (Py_ssize_t i = 0; i < nu; i++)
        flat[PyUnicode_READ_CHAR(unsafe, i)] &= ~F_SAFE;
    if (inert_below > 0x110000)
        inert_below = 0x110000;
    for (uint32_t c = 0; c < inert_below; c++)
        flat[c] |= F_INERT;
    nu = PyUnicode_GET_LENGTH(not_inert);
    for (Py_ssize_t i = 0; i < nu; i++)
        flat[PyUnicode_READ_CHAR(not_inert, i)] &= ~F_INERT;
    if (set_flag(hard, flat, F_HARD) < 0 || set_flag(invisible, flat, F_INVISIBLE) < 0 ||
        set_flag(gate, flat, F_GATE) < 0 || read_badness(badness, flat) < 0)
        goto fail;
    /* case folding */
    Py_ssize_t nfold = PyDict_GET_SIZE(folds), nexp = 0, pos = 0;
    expand = PyMem_RawCalloc((size_t)nfold + 1, sizeof(*expand));
    if (expand == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    PyObject *k, *v;
    while (PyDict_Next(folds, &pos, &k, &v)) {
        unsigned long c = PyLong_AsUnsignedLong(k);
        if (PyErr_Occurred())
            goto fail;
        if (c >= 0x110000 || !PyUnicode_Check(v)) {
            PyErr_SetString(PyExc_ValueError, "folds: {code point: str}");
            goto fail;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(v);
        if (len == 1) {
            flat[c] = (flat[c] & ~FOLD_MASK) | FOLD_ONE |
                      ((uint32_t)PyUnicode_READ_CHAR(v, 0) << VAL_SHIFT);
        }
        else if (len >= 2 && len <= MAX_FOLD) {
            expand[nexp][0] = (Py_UCS4)len;
            for (Py_ssize_t j = 0; j < len; j++)
                expand[nexp][j + 1] = PyUnicode_READ_CHAR(v, j);
            flat[c] = (flat[c] & ~FOLD_MASK) | FOLD_MANY | ((uint32_t)nexp << VAL_SHIFT);
            nexp++;
        }
        else {
            PyErr_SetString(PyExc_ValueError, "folds: a fold of 1 to 3 code points");
            goto fail;
        }
    }
    /* deduplicate the blocks */
    for (int i = 0; i < 8192; i++)
        slots[i] = -1;
    int nblocks = 0;
    for (int b = 0; b < INDEX_SIZE; b++) {
        const uint32_t *src = flat + (size_t)b * 256;
        uint32_t h = block_hash(src) & 8191;
        for (;;) {
            int32_t id = slots[h];
            if (id < 0) {
                memcpy(blocks + (size_t)nblocks * 256, src, 256 * sizeof(uint32_t));
                slots[h] = nblocks;
                index[b] = (uint16_t)nblocks++;
                break;
            }
            if (memcmp(blocks + (size_t)id * 256, src, 256 * sizeof(uint32_t)) == 0) {
                index[b] = (uint16_t)id;
                break;
            }
            h = (h + 1) & 8191;
        }
    }
    uint32_t *shrunk = PyMem_RawRealloc(blocks, (size_t)nblocks * 256 * sizeof(uint32_t));
    if (shrunk != NULL)
        blocks = shrunk;
    PyMem_RawFree(flat);
    PyMem_RawFree(slots);
    Py_XSETREF(g_slow, Py_NewRef(slow));
    Py_XSETREF(g_nfc, Py_NewRef(nfc));
    Py_XSETREF(g_token, Py_NewRef(token));
    g_token_fast = PyType_Check(token) &&
                   PyType_IsSubtype((PyTypeObject *)token, &PyTuple_Type) &&
                   ((PyTypeObject *)token)->tp_basicsize == PyTuple_Type.tp_basicsize &&
                   ((PyTypeObject *)token)->tp_itemsize == PyTuple_Type.tp_itemsize &&
                   ((PyTypeObject *)token)->tp_dictoffset == 0;
    g_index = index;
    g_expand = expand;
    g_blocks = blocks;
    for (int c = 0; c < 128; c++)
        g_ascii[c] = entry((Py_UCS4)c);
    Py_RETURN_NONE;
fail:
    PyMem_RawFree(flat);
    PyMem_RawFree(index);
    PyMem_RawFree(blocks);
    PyMem_RawFree(slots);
    PyMem_RawFree(expand);
    return NULL;
}

static PyObject *
sp_set_builder(PyObject *self, PyObject *builder)
{
    if (!PyCallable_Check(builder)) {
        PyErr_SetString(PyExc_TypeError, "the builder must be callable");
        return NULL;
    }
    Py_XSETREF(g_builder, Py_NewRef(builder));
    Py_RETURN_NONE;
}

/* _entry(cp) -> the table's entry (for tests) */
static PyObject *
sp_entry(PyObject *self, PyObject *arg)
{
    unsigned long c = PyLong_AsUnsignedLong(arg);
    if (PyErr_Occurred())
        return NULL;
    if (c >= 0x110000) {
        PyErr_SetString(PyExc_ValueError, "not a code point");
        return NULL;
    }
    if (ensure_table() < 0)
        return NULL;
    return PyLong_FromUnsignedLong(entry((Py_UCS4)c));
}

/* _code_points(lo, hi) -> the str of every code point from lo to hi - 1 (for the builder) */
static PyObject *
sp_code_points(PyObject *self, PyObject *args)
{
    unsigned long lo, hi;
    if (!PyArg_ParseTuple(args, "kk:_code_points", &lo, &hi))
        return NULL;
    if (lo > hi || hi > 0x110000) {
        PyErr_SetString(PyExc_ValueError, "bad code point range");
        return NULL;
    }
    PyObject *r = PyUnicode_New((Py_ssize_t)(hi - lo), hi > lo ? (Py_UCS4)(hi - 1) : 0);
    if (r == NULL)
        return NULL;
    int kind = PyUnicode_KIND(r);
    void *data = PyUnicode_DATA(r);
    for (unsigned long c = lo; c < hi; c++)
        PyUnicode_WRITE(kind, data, (Py_ssize_t)(c - lo), (Py_UCS4)c);
    return r;
}

/* ------------------------------------------------------------------------------------ */
/* Tokens.                                                                               */

#if defined(__GNUC__) || defined(__clang__)
#define SP_INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define SP_INLINE static __forceinline
#else
#define SP_INLINE static inline
#endif

/* A growable buffer of code points, with the largest one written. */
typedef struct {
    Py_UCS4 *v;
    Py_ssize_t n, cap;
    Py_UCS4 max;
    Py_UCS4 local[256];
} Buf;

static void
buf_init(Buf *b)
{
    b->v = b->local;
    b->n = 0;
    b->cap = 256;
    b->max = 0;
}

static void
buf_free(Buf *b)
{
    if (b->v != b->local)
        PyMem_Free(b->v);
}

static int
buf_grow(Buf *b, Py_ssize_t more)
{
    Py_ssize_t cap = b->cap;
    while (cap < b->n + more) {
        if (cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(Py_UCS4)) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    Py_UCS4 *v = PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
    if (v == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memcpy(v, b->v, (size_t)b->n * sizeof(Py_UCS4));
    buf_free(b);
    b->v = v;
    b->cap = cap;
    return 0;
}

SP_INLINE int
buf_reserve(Buf *b, Py_ssize_t more)
{
    return b->n + more <= b->cap ? 0 : buf_grow(b, more);
}

/* A str of v[0:n], whose largest code point is `max`. */
static PyObject *
str_of(const Py_UCS4 *v, Py_ssize_t n, Py_UCS4 max)
{
    if (n == 1)
        return PyUnicode_FromOrdinal((int)v[0]); /* Latin-1 ones are shared by CPython */
    PyObject *r = PyUnicode_New(n, max);
    if (r == NULL)
        return NULL;
    switch (PyUnicode_KIND(r)) {
    case PyUnicode_1BYTE_KIND: {
        Py_UCS1 *d = PyUnicode_1BYTE_DATA(r);
        for (Py_ssize_t i = 0; i < n; i++)
            d[i] = (Py_UCS1)v[i];
        break;
    }
    case PyUnicode_2BYTE_KIND: {
        Py_UCS2 *d = PyUnicode_2BYTE_DATA(r);
        for (Py_ssize_t i = 0; i < n; i++)
            d[i] = (Py_UCS2)v[i];
        break;
    }
    default:
        memcpy(PyUnicode_4BYTE_DATA(r), v, (size_t)n * sizeof(Py_UCS4));
    }
    return r;
}

/* One character of a CJK token (they come one by one): BMP ones are made once. */
static PyObject *g_chars[0x10000];

static PyObject *
char_str(Py_UCS4 c)
{
    if (c < 256 || c >= 0x10000)
        return PyUnicode_FromOrdinal((int)c);
    PyObject *s = g_chars[c];
    if (s == NULL) {
        s = PyUnicode_FromOrdinal((int)c);
        if (s == NULL)
            return NULL;
        g_chars[c] = s; /* kept for the life of the process: at most 65536 of them */
    }
    return Py_NewRef(s);
}

SP_INLINE Py_UCS4
rd(const int kind, const void *data, Py_ssize_t i)
{
    return kind == PyUnicode_1BYTE_KIND   ? ((const Py_UCS1 *)data)[i]
           : kind == PyUnicode_2BYTE_KIND ? ((const Py_UCS2 *)data)[i]
                                          : ((const Py_UCS4 *)data)[i];
}

SP_INLINE uint32_t
entry_of(Py_UCS4 c)
{
    return c < 128 ? g_ascii[c] : entry(c);
}

/* Append the normal form of code point c (entry e, safe) to `out` (room reserved). */
SP_INLINE void
put_folded(Buf *out, Py_UCS4 c, uint32_t e)
{
    switch (e & FOLD_MASK) {
    case FOLD_ONE:
        c = e >> VAL_SHIFT;
        break;
    case FOLD_MANY: {
        const Py_UCS4 *x = g_expand[e >> VAL_SHIFT];
        for (Py_UCS4 k = 1; k <= x[0]; k++) {
            out->v[out->n++] = x[k];
            if (x[k] > out->max)
                out->max = x[k];
        }
        return;
    }
    default:
        break;
    }
    out->v[out->n++] = c;
    if (c > out->max)
        out->max = c;
}

/* The token of text starting at i, whose first character has entry e (a word or CJK
   character): its normal form is appended to `out` and its end is returned (-1: error).
   A token with a character the table cannot normalise goes to the slow normaliser. */
SP_INLINE Py_ssize_t
token_at(const int kind, PyObject *text, const void *data, Py_ssize_t n, Py_ssize_t i,
         uint32_t e, Buf *out)
{
    Py_ssize_t start = out->n;
    Py_UCS4 max = out->max;
    if (buf_reserve(out, MAX_FOLD) < 0)
        return -1;
    if ((e & CLS_MASK) == CLS_CJK) {
        if (e & F_SAFE) {
            put_folded(out, rd(kind, data, i), e);
            return i + 1;
        }
        goto slow_one;
    }
    int safe = (e & F_SAFE) != 0;
    if (safe)
        put_folded(out, rd(kind, data, i), e);
    Py_ssize_t j = i + 1;
    for (; j < n; j++) {
        Py_UCS4 c = rd(kind, data, j);
        uint32_t f = entry_of(c);
        if ((f & CLS_MASK) != CLS_WORD)
            break;
        if (safe) {
            if (!(f & F_SAFE)) {
                safe = 0;
                continue;
            }
            if (buf_reserve(out, MAX_FOLD) < 0)
                return -1;
            put_folded(out, c, f);
        }
    }
    if (safe)
        return j;
    goto slow;
slow_one:
    j = i + 1;
slow : {
    out->n = start;
    out->max = max;
    PyObject *tok = PyUnicode_Substring(text, i, j);
    if (tok == NULL)
        return -1;
    PyObject *norm = PyObject_CallOneArg(g_slow, tok);
    Py_DECREF(tok);
    if (norm == NULL)
        return -1;
    if (!PyUnicode_Check(norm)) {
        Py_DECREF(norm);
        PyErr_SetString(PyExc_TypeError, "the slow normaliser must return str");
        return -1;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    if (buf_reserve(out, len) < 0) {
        Py_DECREF(norm);
        return -1;
    }
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(norm, k);
        out->v[out->n++] = c;
        if (c > out->max)
            out->max = c;
    }
    Py_DECREF(norm);
    return j;
}
}

/* The end of the token (as written) starting at i, whose first character has entry e. */
SP_INLINE Py_ssize_t
raw_end(const int kind, const void *data, Py_ssize_t n, Py_ssize_t i, uint32_t e)
{
    if ((e & CLS_MASK) == CLS_CJK)
        return i + 1;
    Py_ssize_t j = i + 1;
    while (j < n && (entry_of(rd(kind, data, j)) & CLS_MASK) == CLS_WORD)
        j++;
    return j;
}

#define BY_KIND(kind, call)                                                                 \
    ((kind) == PyUnicode_1BYTE_KIND   ? call(PyUnicode_1BYTE_KIND)                          \
     : (kind) == PyUnicode_2BYTE_KIND ? call(PyUnicode_2BYTE_KIND)                          \
                                      : call(PyUnicode_4BYTE_KIND))

static int
check_str(PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "expected str, not %.100s", Py_TYPE(text)->tp_name);
        return -1;
    }
    return ensure_table();
}

/* text[a:z] of an ASCII text, lowercased. */
static PyObject *
ascii_lower(const Py_UCS1 *s, Py_ssize_t a, Py_ssize_t z)
{
    if (z - a == 1) {
        Py_UCS1 c = s[a];
        return PyUnicode_FromOrdinal(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    PyObject *r = PyUnicode_New(z - a, 127);
    if (r == NULL)
        return NULL;
    Py_UCS1 *d = PyUnicode_1BYTE_DATA(r);
    for (Py_ssize_t i = a; i < z; i++) {
        Py_UCS1 c = s[i];
        *d++ = c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return r;
}

#define IS_ASCII_WORD(c) (g_ascii[(c)] & CLS_MASK)

/* A growable list of objects (the tokens found so far). */
typedef struct {
    PyObject **v;
    Py_ssize_t n, cap;
    PyObject *local[64];
} Objs;

static void
objs_init(Objs *o)
{
    o->v = o->local;
    o->n = 0;
    o->cap = 64;
}

static void
objs_clear(Objs *o)
{
    for (Py_ssize_t i = 0; i < o->n; i++)
        Py_DECREF(o->v[i]);
    if (o->v != o->local)
        PyMem_Free(o->v);
    o->v = o->local;
    o->n = 0;
    o->cap = 64;
}

/* Append x (a new reference, or NULL: an error, returned as -1) to o. */
static int
objs_push(Objs *o, PyObject *x)
{
    if (x == NULL)
        return -1;
    if (o->n == o->cap) {
        Py_ssize_t cap = o->cap * 2;
        PyObject **v = PyMem_Malloc((size_t)cap * sizeof(PyObject *));
        if (v == NULL) {
            Py_DECREF(x);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(v, o->v, (size_t)o->n * sizeof(PyObject *));
        if (o->v != o->local)
            PyMem_Free(o->v);
        o->v = v;
        o->cap = cap;
    }
    o->v[o->n++] = x;
    return 0;
}

/* The tuple of o's objects (o is emptied). */
static PyObject *
objs_tuple(Objs *o)
{
    PyObject *t = PyTuple_New(o->n);
    if (t == NULL) {
        objs_clear(o);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < o->n; i++)
        PyTuple_SET_ITEM(t, i, o->v[i]);
    o->n = 0;
    objs_clear(o);
    return t;
}

static PyObject *
objs_list(Objs *o)
{
    PyObject *t = PyList_New(o->n);
    if (t == NULL) {
        objs_clear(o);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < o->n; i++)
        PyList_SET_ITEM(t, i, o->v[i]);
    o->n = 0;
    objs_clear(o);
    return t;
}

/* -- tokens(text) / first_tokens(text, n): the normalised tokens, as a tuple -- */

SP_INLINE int
tokens_wide(const int kind, PyObject *text, Py_ssize_t limit, Objs *out)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    Buf buf;
    buf_init(&buf);
    while (i < n && out->n != limit) {
        Py_UCS4 c = rd(kind, data, i);
        uint32_t e = entry_of(c);
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        buf.n = 0;
        buf.max = 0;
        Py_ssize_t j = token_at(kind, text, data, n, i, e, &buf);
        if (j < 0 || objs_push(out, buf.n == 1 && (e & CLS_MASK) == CLS_CJK
                                        ? char_str(buf.v[0])
                                        : str_of(buf.v, buf.n, buf.max)) < 0) {
            buf_free(&buf);
            return -1;
        }
        i = j;
    }
    buf_free(&buf);
    return 0;
}

static PyObject *
tokens_upto(PyObject *text, Py_ssize_t limit)
{
    Objs out;
    objs_init(&out);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int r = 0;
    if (PyUnicode_IS_ASCII(text)) {
        const Py_UCS1 *s = PyUnicode_1BYTE_DATA(text);
        Py_ssize_t i = 0;
        while (i < n && out.n != limit) {
            if (!IS_ASCII_WORD(s[i])) {
                i++;
                continue;
            }
            Py_ssize_t j = i + 1;
            while (j < n && IS_ASCII_WORD(s[j]))
                j++;
            if ((r = objs_push(&out, ascii_lower(s, i, j))) < 0)
                break;
            i = j;
        }
    }
    else {
#define CALL(k) tokens_wide(k, text, limit, &out)
        r = BY_KIND(PyUnicode_KIND(text), CALL);
#undef CALL
    }
    if (r < 0) {
        objs_clear(&out);
        return NULL;
    }
    return objs_tuple(&out);
}

static PyObject *
sp_tokens(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    return tokens_upto(text, -1);
}

static PyObject *
sp_first_tokens(PyObject *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "On:first_tokens", &text, &n) || check_str(text) < 0)
        return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 0");
        return NULL;
    }
    return tokens_upto(text, n);
}

/* -- count_tokens(text, limit) -- */

SP_INLINE Py_ssize_t
count_wide(const int kind, PyObject *text, Py_ssize_t limit)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0, count = 0;
    while (i < n && count < limit) {
        uint32_t e = entry_of(rd(kind, data, i));
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        count++;
        i = raw_end(kind, data, n, i, e);
    }
    return count;
}

static PyObject *
sp_count_tokens(PyObject *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "On:count_tokens", &text, &limit) || check_str(text) < 0)
        return NULL;
    if (limit < 0) {
        PyErr_SetString(PyExc_ValueError, "limit must be >= 0");
        return NULL;
    }
    Py_ssize_t count;
#define CALL(k) count_wide(k, text, limit)
    count = BY_KIND(PyUnicode_IS_ASCII(text) ? PyUnicode_1BYTE_KIND : PyUnicode_KIND(text),
                    CALL);
#undef CALL
    return PyLong_FromSsize_t(count);
}

/* -- key(text): the normalised tokens joined by spaces -- */

SP_INLINE int
key_wide(const int kind, PyObject *text, Buf *out)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    while (i < n) {
        uint32_t e = entry_of(rd(kind, data, i));
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        if (out->n) {
            if (buf_reserve(out, 1) < 0)
                return -1;
            out->v[out->n++] = ' ';
        }
        Py_ssize_t j = token_at(kind, text, data, n, i, e, out);
        if (j < 0)
            return -1;
        i = j;
    }
    return 0;
}

static PyObject *
sp_key(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_IS_ASCII(text)) {
        /* lower case, with each run of non-word characters between two tokens one space */
        const Py_UCS1 *s = PyUnicode_1BYTE_DATA(text);
        Py_ssize_t len = 0, i = 0;
        int any = 0;
        for (; i < n; i++) {
            if (IS_ASCII_WORD(s[i])) {
                if (any && i && !IS_ASCII_WORD(s[i - 1]))
                    len++;
                any = 1;
                len++;
            }
        }
        PyObject *out = PyUnicode_New(len, 127);
        if (out == NULL)
            return NULL;
        Py_UCS1 *d = PyUnicode_1BYTE_DATA(out);
        any = 0;
        for (i = 0; i < n; i++) {
            Py_UCS1 c = s[i];
            if (IS_ASCII_WORD(c)) {
                if (any && !IS_ASCII_WORD(s[i - 1]))
                    *d++ = ' ';
                any = 1;
                *d++ = c >= 'A' && c <= 'Z' ? c + 32 : c;
            }
        }
        return out;
    }
    Buf buf;
    buf_init(&buf);
    int r;
#define CALL(k) key_wide(k, text, &buf)
    r = BY_KIND(PyUnicode_KIND(text), CALL);
#undef CALL
    PyObject *out = r < 0 ? NULL : str_of(buf.v, buf.n, buf.max);
    buf_free(&buf);
    return out;
}

/* -- tokenize(text): Token(start, end, norm) for each token -- */

static PyObject *
make_token(Py_ssize_t a, Py_ssize_t b, PyObject *norm)
{
    if (norm == NULL)
        return NULL;
    PyObject *start = PyLong_FromSsize_t(a);
    PyObject *end = start ? PyLong_FromSsize_t(b) : NULL;
    if (end == NULL) {
        Py_XDECREF(start);
        Py_DECREF(norm);
        return NULL;
    }
    if (g_token_fast) {
        PyTypeObject *tp = (PyTypeObject *)g_token;
        PyObject *t = tp->tp_alloc(tp, 3);
        if (t == NULL) {
            Py_DECREF(start);
            Py_DECREF(end);
            Py_DECREF(norm);
            return NULL;
        }
        PyTuple_SET_ITEM(t, 0, start);
        PyTuple_SET_ITEM(t, 1, end);
        PyTuple_SET_ITEM(t, 2, norm);
        return t;
    }
    PyObject *t = PyObject_CallFunctionObjArgs(g_token, start, end, norm, NULL);
    Py_DECREF(start);
    Py_DECREF(end);
    Py_DECREF(norm);
    return t;
}

SP_INLINE int
tokenize_wide(const int kind, PyObject *text, Objs *out)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    Buf buf;
    buf_init(&buf);
    while (i < n) {
        uint32_t e = entry_of(rd(kind, data, i));
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        buf.n = 0;
        buf.max = 0;
        Py_ssize_t j = token_at(kind, text, data, n, i, e, &buf);
        if (j < 0 || objs_push(out, make_token(i, j, buf.n == 1 && (e & CLS_MASK) == CLS_CJK
                                                        ? char_str(buf.v[0])
                                                        : str_of(buf.v, buf.n, buf.max))) < 0) {
            buf_free(&buf);
            return -1;
        }
        i = j;
    }
    buf_free(&buf);
    return 0;
}

static PyObject *
sp_tokenize(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    Objs out;
    objs_init(&out);
    int r = 0;
    if (PyUnicode_IS_ASCII(text)) {
        const Py_UCS1 *s = PyUnicode_1BYTE_DATA(text);
        Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
        while (i < n) {
            if (!IS_ASCII_WORD(s[i])) {
                i++;
                continue;
            }
            Py_ssize_t j = i + 1;
            while (j < n && IS_ASCII_WORD(s[j]))
                j++;
            if ((r = objs_push(&out, make_token(i, j, ascii_lower(s, i, j)))) < 0)
                break;
            i = j;
        }
    }
    else {
#define CALL(k) tokenize_wide(k, text, &out)
        r = BY_KIND(PyUnicode_KIND(text), CALL);
#undef CALL
    }
    if (r < 0) {
        objs_clear(&out);
        return NULL;
    }
    return objs_list(&out);
}

/* -- cjk_and_other_tokens(text), cjk_share(text): the tokens as written -- */

SP_INLINE int
split_wide(const int kind, PyObject *text, Objs *cjk, Objs *other)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    while (i < n) {
        Py_UCS4 c = rd(kind, data, i);
        uint32_t e = entry_of(c);
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        Py_ssize_t j = raw_end(kind, data, n, i, e);
        int r = (e & CLS_MASK) == CLS_CJK ? objs_push(cjk, char_str(c))
                                           : objs_push(other, PyUnicode_Substring(text, i, j));
        if (r < 0)
            return -1;
        i = j;
    }
    return 0;
}

static PyObject *
sp_cjk_and_other_tokens(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    Objs cjk, other;
    objs_init(&cjk);
    objs_init(&other);
    int r;
#define CALL(k) split_wide(k, text, &cjk, &other)
    r = BY_KIND(PyUnicode_IS_ASCII(text) ? PyUnicode_1BYTE_KIND : PyUnicode_KIND(text), CALL);
#undef CALL
    if (r < 0) {
        objs_clear(&cjk);
        objs_clear(&other);
        return NULL;
    }
    PyObject *a = objs_list(&cjk);
    PyObject *b = objs_list(&other);
    PyObject *out = a && b ? PyTuple_Pack(2, a, b) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    return out;
}

SP_INLINE double
share_wide(const int kind, PyObject *text)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0, cjk = 0, all = 0;
    while (i < n) {
        uint32_t e = entry_of(rd(kind, data, i));
        if (!(e & CLS_MASK)) {
            i++;
            continue;
        }
        all++;
        cjk += (e & CLS_MASK) == CLS_CJK;
        i = raw_end(kind, data, n, i, e);
    }
    return all ? (double)cjk / (double)all : 0.0;
}

static PyObject *
sp_cjk_share(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    if (PyUnicode_IS_ASCII(text)) /* no CJK in ASCII */
        return PyFloat_FromDouble(0.0);
    double share;
#define CALL(k) share_wide(k, text)
    share = BY_KIND(PyUnicode_KIND(text), CALL);
#undef CALL
    return PyFloat_FromDouble(share);
}

/* ------------------------------------------------------------------------------------ */
/* Normalising (normalize.py): the lines that ftfy would leave alone.                    */

static const Bits *
bad_mask(Py_UCS4 c)
{
    Py_ssize_t lo = 0, hi = g_bad_n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (g_bad_cps[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g_bad_n && g_bad_cps[lo] == c ? &g_bad_masks[lo] : NULL;
}

/* Whether ftfy could change a line of these characters (normalize._may_repair, minus its
   test for ASCII): it has a character of the gate and _mojibake.could_change says yes. */
#define MAY_REPAIR_BODY(READ)                                                               \
    uint32_t all = 0;                                                                       \
    for (Py_ssize_t i = a; i < z; i++)                                                     \
        all |= entry_of(READ(i));                                                           \
    if (!(all & F_GATE))                                                                    \
        return 0;                                                                           \
    if (!g_bad_ok || (all & F_TRIGGER))                                                     \
        return 1;                                                                           \
    if (!(all & F_BADNESS))                                                                 \
        return 0;                                                                           \
    Bits seen;                                                                              \
    memset(&seen, 0, sizeof seen);                                                          \
    for (Py_ssize_t i = a; i < z; i++) {                                                    \
        Py_UCS4 c = READ(i);                                                                \
        if (entry_of(c) & F_BADNESS) {                                                      \
            const Bits *m = bad_mask(c);                                                    \
            if (m != NULL)                                                                  \
                for (int k = 0; k < BAD_WORDS; k++)                                         \
                    seen.w[k] |= m->w[k];                                                   \
        }                                                                                   \
    }                                                                                       \
    for (Py_ssize_t j = 0; j < g_needs_n; j++) {                                            \
        int all_in = 1;                                                                     \
        for (int k = 0; k < BAD_WORDS; k++)                                                 \
            if ((seen.w[k] & g_needs[j].w[k]) != g_needs[j].w[k])                           \
                all_in = 0;                                                                 \
        if (all_in)                                                                         \
            return 1;                                                                       \
    }                                                                                       \
    return 0;

SP_INLINE int
may_repair_text(const int kind, const void *data, Py_ssize_t a, Py_ssize_t z)
{
#define READ_TEXT(i) rd(kind, data, (i))
    MAY_REPAIR_BODY(READ_TEXT)
#undef READ_TEXT
}

static int
may_repair_buf(const Buf *b)
{
    Py_ssize_t a = 0, z = b->n;
#define READ_BUF(i) (b->v[(i)])
    MAY_REPAIR_BODY(READ_BUF)
#undef READ_BUF
}

/* Put in `out` the characters of `line` (kind, data, a..z), but the invisible ones when
   `drop` is set, with runs of white space made one space, stripped. */
SP_INLINE int
collapse(const int kind, const void *data, Py_ssize_t a, Py_ssize_t z, int drop, Buf *out)
{
    out->n = 0;
    out->max = 0;
    if (buf_reserve(out, z - a) < 0)
        return -1;
    int space = 0;
    for (Py_ssize_t i = a; i < z; i++) {
        Py_UCS4 c = rd(kind, data, i);
        if (drop && (entry_of(c) & F_INVISIBLE))
            continue;
        if (Py_UNICODE_ISSPACE(c)) {
            space = out->n > 0;
            continue;
        }
        if (space) {
            out->v[out->n++] = ' ';
            space = 0;
        }
        out->v[out->n++] = c;
        if (c > out->max)
            out->max = c;
    }
    return 0;
}

static int
push_hard(PyObject *text, Py_ssize_t a, Py_ssize_t z, Py_ssize_t index, PyObject *lines,
          PyObject *hard)
{
    PyObject *i = PyLong_FromSsize_t(index);
    if (i == NULL || PyList_Append(hard, i) < 0) {
        Py_XDECREF(i);
        return -1;
    }
    Py_DECREF(i);
    PyObject *line = PyUnicode_Substring(text, a, z);
    if (line == NULL || PyList_Append(lines, line) < 0) {
        Py_XDECREF(line);
        return -1;
    }
    Py_DECREF(line);
    return 0;
}

/* The line text[a:z], normalised as normalize.normalize_line would, appended to `lines`,
   unless ftfy could change it or it holds a surrogate: then the line as it is, and its
   index in `hard` (normalize.py repairs those lines). */
SP_INLINE int
norm_line(const int kind, PyObject *text, const void *data, Py_ssize_t a, Py_ssize_t z,
          Py_ssize_t index, PyObject *lines, PyObject *hard, Buf *buf)
{
    int plain = 1; /* the normal form is the line itself */
    int ascii = 1;
    uint32_t all = 0;
    for (Py_ssize_t i = a; i < z; i++) {
        Py_UCS4 c = rd(kind, data, i);
        uint32_t e = entry_of(c);
        all |= e;
        if (c >= 128)
            ascii = 0;
        if (!(e & F_INERT) || (e & F_INVISIBLE))
            plain = 0;
        else if (Py_UNICODE_ISSPACE(c) &&
                 (c != ' ' || i == a || i + 1 == z || rd(kind, data, i + 1) == ' '))
            plain = 0;
    }
    if (!ascii && ((all & F_HARD) || may_repair_text(kind, data, a, z)))
        return push_hard(text, a, z, index, lines, hard);
    PyObject *line;
    if (plain) {
        line = PyUnicode_Substring(text, a, z);
    }
    else {
        if (collapse(kind, data, a, z, 1, buf) < 0)
            return -1;
        /* invisible characters out first, then NFC (when a character may change) */
        int nfc = 0;
        for (Py_ssize_t i = a; i < z && !ascii; i++) {
            uint32_t e = entry_of(rd(kind, data, i));
            if (!(e & (F_INERT | F_INVISIBLE))) {
                nfc = 1;
                break;
            }
        }
        if (nfc) {
            /* NFC of the line without its invisible characters, then the spaces again */
            Buf vis;
            buf_init(&vis);
            if (buf_reserve(&vis, z - a) < 0)
                return -1;
            for (Py_ssize_t i = a; i < z; i++) {
                Py_UCS4 c = rd(kind, data, i);
                if (!(entry_of(c) & F_INVISIBLE)) {
                    vis.v[vis.n++] = c;
                    if (c > vis.max)
                        vis.max = c;
                }
            }
            PyObject *s = str_of(vis.v, vis.n, vis.max);
            buf_free(&vis);
            PyObject *composed = s ? PyObject_CallOneArg(g_nfc, s) : NULL;
            Py_XDECREF(s);
            if (composed == NULL)
                return -1;
            if (!PyUnicode_Check(composed)) {
                Py_DECREF(composed);
                PyErr_SetString(PyExc_TypeError, "NFC must return str");
                return -1;
            }
            int r;
#define CALL(k) collapse(k, PyUnicode_DATA(composed), 0, PyUnicode_GET_LENGTH(composed), 0, buf)
            r = BY_KIND(PyUnicode_KIND(composed), CALL);
#undef CALL
            Py_DECREF(composed);
            if (r < 0)
                return -1;
        }
        /* normalize._settle: a line that changed is repaired again if ftfy could now */
        if (!ascii && buf->max >= 128 && may_repair_buf(buf))
            return push_hard(text, a, z, index, lines, hard);
        line = buf->n == 0 ? PyUnicode_New(0, 0) : str_of(buf->v, buf->n, buf->max);
    }
    if (line == NULL || PyList_Append(lines, line) < 0) {
        Py_XDECREF(line);
        return -1;
    }
    Py_DECREF(line);
    return 0;
}

SP_INLINE int
split_lines(const int kind, PyObject *text, PyObject *lines, PyObject *hard)
{
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), start = 0, index = 0;
    Buf buf;
    buf_init(&buf);
    while (start < n) { /* as split_lines: no empty line after a final break */
        Py_ssize_t j = start;
        Py_UCS4 c;
        while (j < n && (c = rd(kind, data, j)) != '\n' && c != '\r')
            j++;
        if (norm_line(kind, text, data, start, j, index++, lines, hard, &buf) < 0) {
            buf_free(&buf);
            return -1;
        }
        if (j == n)
            break;
        start = j + 1;
        if (rd(kind, data, j) == '\r' && start < n && rd(kind, data, start) == '\n')
            start++;
    }
    buf_free(&buf);
    return 0;
}

/* normalize_split(text) -> (lines, hard) */
static PyObject *
sp_normalize_split(PyObject *self, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    PyObject *lines = PyList_New(0), *hard = PyList_New(0), *out = NULL;
    if (lines != NULL && hard != NULL) {
        int r;
#define CALL(k) split_lines(k, text, lines, hard)
        r = BY_KIND(PyUnicode_KIND(text), CALL);
#undef CALL
        if (r == 0)
            out = PyTuple_Pack(2, lines, hard);
    }
    Py_XDECREF(lines);
    Py_XDECREF(hard);
    return out;
}

/* ------------------------------------------------------------------------------------ */
/* Anchors: an Aho-Corasick automaton on folded text.                                    */

typedef struct {
    PyObject_HEAD
    PyObject *anchors; /* tuple of str */
    PyObject *empty;   /* what present() returns when no anchor is there */
    Py_ssize_t nanchors;
    int32_t nstates;
    int32_t *fail;
    int32_t *out;      /* first state on the fail chain (self included) ending an anchor */
    int32_t *out_next; /* the next such state after this one on the chain */
    int32_t *hit;      /* anchor index ending at the state, or -1 */
    /* goto function: (state, code point) -> state, open addressing */
    uint64_t *gkeys;
    int32_t *gvals;
    size_t gmask;
    /* on ASCII: a full transition table over the ASCII classes */
    uint8_t acls[128]; /* ASCII char (lowercased for A-Z) -> class; 0: in no anchor */
    int nacls;
    int32_t *dfa;         /* nstates * nacls */
    uint8_t cps[8192];    /* bit (c & 0xFFFF): some anchor may hold c (non-ASCII) */
    uint32_t *stamp;      /* per anchor: the call that last found it */
    uint32_t gen;
    Py_ssize_t *found;    /* anchors found by the current call */
} Anchors;

#define GKEY(s, c) (((uint64_t)(uint32_t)(s) << 21) | (uint64_t)(c))
#define GEMPTY UINT64_MAX

static int32_t
goto_get(const Anchors *A, int32_t s, Py_UCS4 c)
{
    uint64_t key = GKEY(s, c);
    size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & A->gmask;
    for (;;) {
        uint64_t k = A->gkeys[h];
        if (k == key)
            return A->gvals[h];
        if (k == GEMPTY)
            return -1;
        h = (h + 1) & A->gmask;
    }
}

static void
goto_put(Anchors *A, int32_t s, Py_UCS4 c, int32_t t)
{
    uint64_t key = GKEY(s, c);
    size_t h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & A->gmask;
    while (A->gkeys[h] != GEMPTY && A->gkeys[h] != key)
        h = (h + 1) & A->gmask;
    A->gkeys[h] = key;
    A->gvals[h] = t;
}

static void
anchors_dealloc(Anchors *A)
{
    Py_XDECREF(A->anchors);
    Py_XDECREF(A->empty);
    PyMem_Free(A->fail);
    PyMem_Free(A->out);
    PyMem_Free(A->out_next);
    PyMem_Free(A->hit);
    PyMem_Free(A->gkeys);
    PyMem_Free(A->gvals);
    PyMem_Free(A->dfa);
    PyMem_Free(A->stamp);
    PyMem_Free(A->found);
    Py_TYPE(A)->tp_free((PyObject *)A);
}

static PyObject *
anchors_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"anchors", "empty", NULL};
    PyObject *seq_in, *empty;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO:Anchors", kwlist, &seq_in, &empty))
        return NULL;
    PyObject *anchors = PySequence_Tuple(seq_in);
    if (anchors == NULL)
        return NULL;
    Py_ssize_t na = PyTuple_GET_SIZE(anchors), total = 0;
    for (Py_ssize_t i = 0; i < na; i++) {
        PyObject *a = PyTuple_GET_ITEM(anchors, i);
        if (!PyUnicode_Check(a) || PyUnicode_GET_LENGTH(a) == 0) {
            Py_DECREF(anchors);
            PyErr_SetString(PyExc_ValueError, "anchors must be non-empty strings");
            return NULL;
        }
        total += PyUnicode_GET_LENGTH(a);
    }
    if (total >= INT32_MAX / 2) {
        Py_DECREF(anchors);
        PyErr_SetString(PyExc_ValueError, "too many anchors");
        return NULL;
    }
    Anchors *A = (Anchors *)type->tp_alloc(type, 0);
    if (A == NULL) {
        Py_DECREF(anchors);
        return NULL;
    }
    A->anchors = anchors;
    A->empty = Py_NewRef(empty);
    A->nanchors = na;
    int32_t cap = (int32_t)total + 1;
    size_t gsize = 16;
    while (gsize < (size_t)cap * 2)
        gsize <<= 1;
    A->gmask = gsize - 1;
    A->fail = PyMem_Malloc(cap * sizeof(int32_t));
    A->out = PyMem_Malloc(cap * sizeof(int32_t));
    A->out_next = PyMem_Malloc(cap * sizeof(int32_t));
    A->hit = PyMem_Malloc(cap * sizeof(int32_t));
    A->gkeys = PyMem_Malloc(gsize * sizeof(uint64_t));
    A->gvals = PyMem_Malloc(gsize * sizeof(int32_t));
    A->stamp = PyMem_Calloc(na ? na : 1, sizeof(uint32_t));
    A->found = PyMem_Malloc((na ? na : 1) * sizeof(Py_ssize_t));
    /* children lists, for the breadth-first pass */
    int32_t *first = PyMem_Malloc(cap * sizeof(int32_t));
    int32_t *sibling = PyMem_Malloc(cap * sizeof(int32_t));
    Py_UCS4 *label = PyMem_Malloc(cap * sizeof(Py_UCS4));
    int32_t *queue = PyMem_Malloc(cap * sizeof(int32_t));
    if (!A->fail || !A->out || !A->out_next || !A->hit || !A->gkeys || !A->gvals ||
        !A->stamp || !A->found || !first || !sibling || !label || !queue) {
        PyErr_NoMemory();
        goto fail;
    }
    for (size_t i = 0; i < gsize; i++)
        A->gkeys[i] = GEMPTY;
    A->gen = 0;
    memset(A->cps, 0, sizeof A->cps);
    memset(A->acls, 0, sizeof A->acls);
    int32_t n = 1;
    first[0] = -1;
    A->hit[0] = -1;
    int nacls = 1;
    for (Py_ssize_t i = 0; i < na; i++) {
        PyObject *a = PyTuple_GET_ITEM(anchors, i);
        Py_ssize_t len = PyUnicode_GET_LENGTH(a);
        int32_t s = 0;
        for (Py_ssize_t j = 0; j < len; j++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(a, j);
            if (c < 128) {
                /* folded text has no upper case ASCII: an anchor with some is never found */
                if (A->acls[c] == 0 && !(c >= 'A' && c <= 'Z'))
                    A->acls[c] = (uint8_t)nacls++;
            }
            else {
                A->cps[(c & 0xFFFF) >> 3] |= (uint8_t)(1u << (c & 7));
            }
            int32_t t = goto_get(A, s, c);
            if (t < 0) {
                t = n++;
                first[t] = -1;
                A->hit[t] = -1;
                label[t] = c;
                sibling[t] = first[s];
                first[s] = t;
                goto_put(A, s, c, t);
            }
            s = t;
        }
        if (A->hit[s] < 0)
            A->hit[s] = (int32_t)i; /* duplicates: the first one is reported */
    }
    A->nstates = n;
    A->nacls = nacls;
    /* ASCII upper case reads as lower case */
    for (int c = 'A'; c <= 'Z'; c++)
        A->acls[c] = A->acls[c + 32];
    /* breadth first: failure links, output chains */
    int32_t qh = 0, qt = 0;
    A->fail[0] = 0;
    A->out[0] = -1;
    A->out_next[0] = -1;
    for (int32_t t = first[0]; t >= 0; t = sibling[t]) {
        A->fail[t] = 0;
        queue[qt++] = t;
    }
    while (qh < qt) {
        int32_t s = queue[qh++];
        int32_t f = A->fail[s];
        /* the chain of s: s itself if it ends an anchor, then the chain of its fail state */
        int32_t chain = A->out[f]; /* f is shallower: done */
        if (A->hit[s] >= 0) {
            A->out[s] = s;
            A->out_next[s] = chain;
        }
        else {
            A->out[s] = chain;
            A->out_next[s] = -1;
        }
        for (int32_t t = first[s]; t >= 0; t = sibling[t]) {
            Py_UCS4 c = label[t];
            int32_t g = A->fail[s], u;
            for (;;) {
                u = goto_get(A, g, c);
                if (u >= 0 || g == 0)
                    break;
                g = A->fail[g];
            }
            A->fail[t] = (u >= 0 && u != t) ? u : 0;
            queue[qt++] = t;
        }
    }
    A->dfa = PyMem_Malloc((size_t)n * nacls * sizeof(int32_t));
    if (A->dfa == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    /* the ASCII class of each character (class k stands for one ASCII char) */
    Py_UCS4 cls_char[128];
    for (int c = 0; c < 128; c++)
        if (A->acls[c] && !(c >= 'A' && c <= 'Z'))
            cls_char[A->acls[c]] = (Py_UCS4)c;
    /* root row, then the others in breadth-first order (a fail state's row is done) */
    A->dfa[0] = 0;
    for (int k = 1; k < nacls; k++) {
        int32_t t = goto_get(A, 0, cls_char[k]);
        A->dfa[k] = t >= 0 ? t : 0;
    }
    for (int32_t q = 0; q < qt; q++) {
        int32_t s = queue[q];
        int32_t *row = A->dfa + (size_t)s * nacls;
        const int32_t *frow = A->dfa + (size_t)A->fail[s] * nacls;
        row[0] = 0;
        for (int k = 1; k < nacls; k++) {
            int32_t t = goto_get(A, s, cls_char[k]);
            row[k] = t >= 0 ? t : frow[k];
        }
    }
    PyMem_Free(first);
    PyMem_Free(sibling);
    PyMem_Free(label);
    PyMem_Free(queue);
    return (PyObject *)A;
fail:
    PyMem_Free(first);
    PyMem_Free(sibling);
    PyMem_Free(label);
    PyMem_Free(queue);
    Py_DECREF(A);
    return NULL;
}

static inline void
collect(Anchors *A, int32_t s, Py_ssize_t *nfound)
{
    for (int32_t t = A->out[s]; t >= 0; t = A->out_next[t]) {
        int32_t a = A->hit[t];
        if (A->stamp[a] != A->gen) {
            A->stamp[a] = A->gen;
            A->found[(*nfound)++] = a;
        }
    }
}

/* One step on a non-ASCII code point (already folded). */
static inline int32_t
step_wide(const Anchors *A, int32_t s, Py_UCS4 c)
{
    if (!(A->cps[(c & 0xFFFF) >> 3] & (1u << (c & 7))))
        return 0;
    for (;;) {
        int32_t t = goto_get(A, s, c);
        if (t >= 0)
            return t;
        if (s == 0)
            return 0;
        s = A->fail[s];
    }
}

static inline int32_t
feed(Anchors *A, int32_t s, Py_UCS4 f, Py_ssize_t *nfound)
{
    if (f == 0x307) /* fold(): U+0307 is dropped */
        return s;
    if (f == 0x131) /* fold(): dotless i is i */
        f = 'i';
    s = f < 128 ? A->dfa[(size_t)s * A->nacls + A->acls[f]] : step_wide(A, s, f);
    if (A->out[s] >= 0)
        collect(A, s, nfound);
    return s;
}

static PyObject *
anchors_present(Anchors *A, PyObject *text)
{
    if (check_str(text) < 0)
        return NULL;
    if (++A->gen == 0) { /* the stamps wrapped around: start them again */
        memset(A->stamp, 0, (A->nanchors ? A->nanchors : 1) * sizeof(uint32_t));
        A->gen = 1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), nfound = 0;
    int32_t s = 0;
    if (PyUnicode_IS_ASCII(text)) {
        const Py_UCS1 *p = PyUnicode_1BYTE_DATA(text);
        const int32_t *dfa = A->dfa;
        const int nacls = A->nacls;
        for (Py_ssize_t i = 0; i < n; i++) {
            s = dfa[(size_t)s * nacls + A->acls[p[i]]];
            if (A->out[s] >= 0)
                collect(A, s, &nfound);
        }
    }
    else {
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (!Py_UNICODE_ISPRINTABLE(c))
                Py_RETURN_NONE; /* Screen._present: not screened */
            uint32_t e = entry(c);
            switch (e & FOLD_MASK) {
            case FOLD_ONE:
                s = feed(A, s, e >> VAL_SHIFT, &nfound);
                break;
            case FOLD_MANY: {
                const Py_UCS4 *x = g_expand[e >> VAL_SHIFT];
                for (Py_UCS4 k = 1; k <= x[0]; k++)
                    s = feed(A, s, x[k], &nfound);
                break;
            }
            default:
                s = feed(A, s, c, &nfound);
            }
        }
    }
    if (nfound == 0)
        return Py_NewRef(A->empty);
    /* what was found, copied first: making Python objects may run Python code (the garbage
       collector), and with it a call of another thread on this automaton */
    Py_ssize_t local[64], *mine = nfound <= 64 ? local : PyMem_Malloc(nfound * sizeof *mine);
    if (mine == NULL)
        return PyErr_NoMemory();
    memcpy(mine, A->found, nfound * sizeof *mine);
    PyObject *out = NULL, *hits = PyList_New(nfound);
    if (hits != NULL) {
        for (Py_ssize_t i = 0; i < nfound; i++)
            PyList_SET_ITEM(hits, i, Py_NewRef(PyTuple_GET_ITEM(A->anchors, mine[i])));
        out = PyFrozenSet_New(hits);
        Py_DECREF(hits);
    }
    if (mine != local)
        PyMem_Free(mine);
    return out;
}

static PyObject *
anchors_len(Anchors *A, PyObject *unused)
{
    return PyLong_FromLong(A->nstates);
}

static PyMethodDef anchors_methods[] = {
    {"present", (PyCFunction)anchors_present, METH_O,
     "present(text) -> the anchors fold(text) holds (a frozenset), or None when a non-ASCII\n"
     "text is not printable: Screen._present's answer."},
    {"states", (PyCFunction)anchors_len, METH_NOARGS, "states() -> the automaton's size."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject AnchorsType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "articleclean._speedups.Anchors",
    .tp_basicsize = sizeof(Anchors),
    .tp_dealloc = (destructor)anchors_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Anchors(anchors, empty): one scan of a text for all of `anchors` (folded\n"
              "strings), on its fold (screen.fold); `empty` is returned when none is there.",
    .tp_methods = anchors_methods,
    .tp_new = anchors_new,
};

/* ------------------------------------------------------------------------------------ */

static PyMethodDef methods[] = {
    {"_install", sp_install, METH_VARARGS,
     "_install(word_ranges, cjk_ranges, unsafe, safe_below, folds, slow, token): the table."},
    {"set_builder", sp_set_builder, METH_O,
     "set_builder(f): f() calls _install() the first time a table is needed."},
    {"_entry", sp_entry, METH_O, "_entry(cp) -> the table's entry for a code point."},
    {"_code_points", sp_code_points, METH_VARARGS, "_code_points(lo, hi) -> str"},
    {"tokens", sp_tokens, METH_O, "tokens(text) -> text._tokens(text)"},
    {"first_tokens", sp_first_tokens, METH_VARARGS, "first_tokens(text, n) -> tokens[:n]"},
    {"count_tokens", sp_count_tokens, METH_VARARGS,
     "count_tokens(text, limit) -> min(number of tokens, limit)"},
    {"key", sp_key, METH_O, "key(text) -> ' '.join(tokens(text))"},
    {"tokenize", sp_tokenize, METH_O, "tokenize(text) -> text.tokenize(text)"},
    {"cjk_and_other_tokens", sp_cjk_and_other_tokens, METH_O,
     "cjk_and_other_tokens(text) -> text.cjk_and_other_tokens(text)"},
    {"cjk_share", sp_cjk_share, METH_O, "cjk_share(text) -> text._cjk_share(text)"},
    {"normalize_split", sp_normalize_split, METH_O,
     "normalize_split(text) -> (lines, hard): normalize.split_lines(text), each line normalised as\n"
     "normalize.normalize_line does, but for the lines whose indices are in hard (they are\n"
     "left as they are: they need ftfy, NFC or the surrogate rule)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "articleclean._speedups",
    "Compiled equals of articleclean's per-line primitives (see _compiled.py).",
    -1,
    methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    if (PyType_Ready(&AnchorsType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Anchors", (PyObject *)&AnchorsType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
