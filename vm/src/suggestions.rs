//! "Did you mean: 'x'?" for uncaught NameError and AttributeError, computed as CPython 3.11's
//! `traceback` module does: the candidate closest to the wrong name by a Levenshtein distance
//! where changing case costs 1 and any other edit 2, within a budget that grows with the names'
//! lengths; ties go to the candidate seen first.

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[char], b: &[char], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bchar) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &achar) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bchar, achar);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best suggestion for `wrong` among `candidates`, if any is close enough.
pub fn suggest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let wrong_chars: Vec<char> = wrong.chars().collect();
    if wrong_chars.len() > MAX_STRING_SIZE {
        return None;
    }
    let mut best_distance = wrong_chars.len();
    let mut suggestion: Option<&String> = None;
    for possible in candidates {
        if possible == wrong {
            continue;
        }
        let possible_chars: Vec<char> = possible.chars().collect();
        let max_distance = ((possible_chars.len() + wrong_chars.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let distance = levenshtein(&wrong_chars, &possible_chars, max_distance);
        if distance > max_distance {
            continue;
        }
        if suggestion.is_none() || distance < best_distance {
            suggestion = Some(possible);
            best_distance = distance;
        }
    }
    suggestion.cloned()
}

#[cfg(test)]
mod tests {
    use super::suggest;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn finds_close_names() {
        assert_eq!(suggest("countr", &names(&["counter", "print"])), Some("counter".into()));
        assert_eq!(suggest("balanse", &names(&["balance", "deposit"])), Some("balance".into()));
        assert_eq!(suggest("Print", &names(&["print"])), Some("print".into()));
    }

    #[test]
    fn rejects_distant_names() {
        assert_eq!(suggest("xyz", &names(&["counter", "print"])), None);
        assert_eq!(suggest("a", &names(&["a"])), None);
    }
}
