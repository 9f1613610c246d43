import statistics as st
from checkutil import show

datasets = [[1, 2, 3, 4, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 2.5, 3, 7],
            [0.1, 0.2, 0.3], [10 ** 20, 1, 3], [True, False, True], [-1.5, 2, 3.75, 9, 10, -3],
            [1e308, 1e308], [0.1] * 10, list(range(101)), [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
            [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7]]
for data in datasets:
    print('data', data if len(data) < 20 else len(data))
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode',
                 'variance', 'stdev', 'pvariance', 'pstdev']:
        show(name, getattr(st, name), data)
print(st.variance([1, 2, 3, 4], 2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875), st.pvariance([1, 2, 3, 4], 2))
print(st.mean(iter([1, 2])), st.median((x for x in [5, 1, 3])), st.mode('aabbbcc'), st.multimode('aabbcc'))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.fmean([1, 2], weights=[3, 1]))
for name, args in [('mean', ([],)), ('median', ([],)), ('mode', ([],)), ('variance', ([1],)),
                   ('stdev', ([1],)), ('pvariance', ([],)), ('pstdev', ([],)), ('fmean', ([],)),
                   ('median_low', ([],)), ('median_high', ([],)), ('mean', (['a', 'b'],))]:
    show(name + ' err', getattr(st, name), *args)
print(issubclass(st.StatisticsError, ValueError), st.multimode([]))
