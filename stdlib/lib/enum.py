"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

A basic implementation following CPython 3.11 behaviour for the common
uses: members, aliases, value and name lookup, auto(), mixed-in data types,
custom __init__/__new__, the functional API and simple flag arithmetic.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS']

_builtin_property = property


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern) and
            not name.endswith('__'))


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class property(_builtin_property):
    """Property for enum members: on the class it looks up a member of the
    same name, on members it behaves like a normal property."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.__name__]
            except (KeyError, AttributeError):
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.__name__))
        return _builtin_property.__get__(self, instance, ownerclass)

    def __set_name__(self, ownerclass, name):
        self.__name__ = name


class _EnumDict(dict):
    """Class namespace that resolves auto() values as they are assigned and
    rejects reuse of member names."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if isinstance(value, staticmethod):
                self._generate_next_value = value.__func__
            else:
                self._generate_next_value = value
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or (
                not _is_dunder(key) and not _is_sunder(key) and
                not _is_private(self.get('__qualname__', '').rsplit('.', 1)[-1],
                                key) and
                not _is_descriptor(value)):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto) and \
                    self._generate_next_value is not None:
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names),
                        self._last_values[:])
                value = value.value
            if isinstance(value, member):
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        super().__setitem__(key, value)


def _flag_bin(num, max_bits=None):
    """Like bin(), but with a sign-bit group, as the enum error texts use."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(num):
    return num > 0 and (num & (num - 1)) == 0


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        for base in reversed(bases):
            generate = getattr(base, '_generate_next_value_', None)
            if generate is not None:
                enum_dict._generate_next_value = generate
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)

        # Split the namespace into members and ordinary attributes.
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        namespace = {}
        members = []
        # With __prepare__ honoured, the namespace already knows its members.
        known_members = getattr(classdict, '_member_names', None)
        for key, value in dict.items(classdict):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                namespace[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif known_members is not None:
                if key in known_members:
                    members.append((key, value))
                else:
                    namespace[key] = value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                namespace[key] = value
            else:
                members.append((key, value))

        custom_new = dict.get(classdict, '__new__')
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is None:
            for base in bases:
                custom_new = getattr(base, '__new_member__', None)
                if custom_new is not None:
                    break
        if custom_new is not None:
            namespace['__new_member__'] = staticmethod(custom_new)

        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_new_member_'] = custom_new
        if boundary is not None:
            namespace['_boundary_'] = boundary

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        is_flag = any(isinstance(b, EnumType) and
                      _defining_class(b, '_is_flag_') is not None
                      and b._is_flag_ for b in enum_class.__mro__)

        # Pick methods: the enum's own repr/str/format unless overridden.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in namespace:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
                namespace['__format__'] = member_type.__format__
            if '__str__' not in namespace:
                owner = _defining_class(member_type, '__str__')
                if owner is object or owner is None:
                    method = member_type.__repr__
                else:
                    method = member_type.__str__
                type.__setattr__(enum_class, '__str__', method)
                namespace['__str__'] = method
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in namespace:
                    continue
                owner = _defining_class(enum_class, name)
                if owner is object or not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, name,
                                     getattr(first_enum, name))

        # Create the members in definition order.
        last_values = []
        generate = enum_class._generate_next_value_
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(last_values),
                                           last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, member_type,
                                 custom_new, is_flag)

        if is_flag:
            mask = 0
            for flag_member in enum_class._member_map_.values():
                value = flag_member._value_
                if isinstance(value, int) and value > 0:
                    mask |= value
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** mask.bit_length() - 1)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type, custom_new,
                     is_flag):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            member = custom_new(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)

        # An alias refers to the first member with an equal value.
        canonical = None
        for other_name in enum_class._member_names_:
            other = enum_class._member_map_[other_name]
            if other._value_ == value:
                canonical = other
                break
        if canonical is None and is_flag and isinstance(value, int) and \
                not _is_single_bit(value):
            # Multi-bit flags are aliases (not iterated), but keep their name.
            enum_class._member_map_[name] = member
        elif canonical is None:
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
        else:
            member = canonical
            enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """Return (member data type, first enum base class)."""
        if not bases:
            return object, None
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r"
                                % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] "
                            "enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value,
                                                       cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r."
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Returns a mapping of member name->value, including aliases."""
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _mappingproxy(mapping):
    try:
        return type(type.__dict__)(dict(mapping))
    except TypeError:
        return dict(mapping)


# These names are looked up by EnumType.__new__ while the base classes below
# are being created.
ReprEnum = None
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    >>> Color.RED
    <Color.RED: 1>
    """

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given (auto())."""
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value']
        for klass in self.__class__.__mro__:
            if klass is Enum or klass is object:
                break
            for name in klass.__dict__:
                if not name.startswith('_') and name not in names and \
                        name not in self.__class__._member_map_:
                    names.append(name)
        return sorted(names)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r'
                                % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r'
                                % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


# ---- flags ----------------------------------------------------------------------------

STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """Canonical members whose bits are in value, in definition order."""
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ and member._value_ & value == member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value,
                                                       cls.__qualname__))
        flag_mask = cls._flag_mask_
        boundary = getattr(cls, '_boundary_', STRICT)
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        extra = value & ~flag_mask
        if extra and boundary == STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _flag_bin(value, max_bits),
                                _flag_bin(flag_mask, max_bits)))
        if extra and boundary == CONFORM:
            value &= flag_mask
            extra = 0
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        known = value & flag_mask
        if known:
            names = [m._name_ for m in cls._iter_member_(known)]
            if extra:
                names.append(str(extra))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and \
                isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


UNIQUE = 'no duplicate values'
CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'


def verify(*checks):
    """Class decorator checking an enumeration.  Only UNIQUE is enforced;
    other checks are accepted and ignored."""
    def decorator(enumeration):
        if UNIQUE in checks:
            aliases = ['%s -> %s' % (name, m.name)
                       for name, m in enumeration.__members__.items()
                       if name != m.name]
            if aliases:
                raise ValueError('aliases found in %r: %s'
                                 % (enumeration, ', '.join(aliases)))
        return enumeration
    return decorator
