//! The union-find forest people are linked in.

/// A union-find forest over node ids `0..len` (path halving; the smaller
/// root is kept, so ids are stable whatever the union order). What a node
/// carries lives beside it, indexed by the same ids.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Forest {
    parent: Vec<u32>,
}

impl Forest {
    /// `n` nodes, each its own root.
    pub fn singletons(n: usize) -> Forest {
        Forest {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// A new node, its own root.
    pub fn add(&mut self) -> u32 {
        let n = self.parent.len() as u32;
        self.parent.push(n);
        n
    }

    pub fn is_root(&self, n: u32) -> bool {
        self.parent[n as usize] == n
    }

    pub fn find(&mut self, mut n: u32) -> u32 {
        while self.parent[n as usize] != n {
            let p = self.parent[n as usize];
            self.parent[n as usize] = self.parent[p as usize];
            n = p;
        }
        n
    }

    /// Joins the trees of `a` and `b`: `(kept root, absorbed root)`, or
    /// `None` when they were one already.
    pub fn union(&mut self, a: u32, b: u32) -> Option<(u32, u32)> {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return None;
        }
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        self.parent[gone as usize] = keep;
        Some((keep, gone))
    }
}
